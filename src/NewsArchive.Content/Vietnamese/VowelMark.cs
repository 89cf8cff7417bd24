namespace NewsArchive.Content.Vietnamese;

/// <summary>The vowel mark a Vietnamese letter carries apart from its tone: ă, â ê ô, ơ ư.</summary>
public enum VowelMark
{
    None,
    Breve,
    Circumflex,
    Horn,
}
