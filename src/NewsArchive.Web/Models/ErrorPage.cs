namespace NewsArchive.Web.Models;

/// <summary>What went wrong, in words for a reader.</summary>
public sealed record ErrorPage(int StatusCode, string Heading, string Message);
