using NewsArchive.Content.Files;
using NewsArchive.Web.Configuration;
using NewsArchive.Web.Options;

namespace NewsArchive.Web.Archive;

/// <summary>The content folder as configured: its files, read with the configured sources and size limit.</summary>
internal static class ArchiveFiles
{
    public static ContentFolder Folder(ArchiveOptions settings) =>
        new(settings.ContentPath, new ArticleFileReader(new SourceDirectory(settings.Sources), settings.MaxFileBytes));
}
