namespace NewsArchive.Search.Analysis;

/// <summary>
/// How exactly a word is spelled: as written, without tones, or folded to plain letters. The index keeps the exact
/// and folded forms (<see cref="TierForms.Indexed"/>); a word typed without tones asks for its toned spellings in
/// the exact form (see <see cref="AccentedSpellings.WithTones"/>), which costs a query a few more terms and saves
/// every article a third stream of words.
/// </summary>
public enum Tier
{
    Exact,
    Toneless,
    Folded,
}
