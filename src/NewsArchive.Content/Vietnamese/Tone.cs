namespace NewsArchive.Content.Vietnamese;

/// <summary>The six tones; <see cref="None"/> is "thanh ngang".</summary>
public enum Tone
{
    None,
    Grave,
    Acute,
    Hook,
    Tilde,
    Dot,
}
