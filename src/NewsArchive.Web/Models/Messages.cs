namespace NewsArchive.Web.Models;

/// <summary>What the site says to readers in more than one place, written once.</summary>
public static class Messages
{
    public const string Loading = "Kho lưu trữ đang được nạp, vui lòng thử lại sau giây lát.";
    public const string NoSuchPage = "Không có trang này";
    public const string BadRequest = "Yêu cầu không hợp lệ";
    public const string ArticleNotFound = "Không tìm thấy bài viết";
}
