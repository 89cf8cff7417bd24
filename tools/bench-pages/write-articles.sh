#!/usr/bin/env bash
# Writes N Markdown articles for the page benchmark: Mekong Delta market and weather news made from a few dozen
# sentences written for this purpose (no corpus text), about 3 KB each, two a day going back from mid-2025.
#   write-articles.sh N FOLDER
set -euo pipefail
count=$1
folder=$2

subjects=("Giá lúa" "Xuất khẩu cá tra" "Mùa sầu riêng" "Mực nước sông Hậu" "Giá xăng dầu" "Chợ nổi Cái Răng"
    "Lễ hội Ok Om Bok" "Cao tốc Cần Thơ – Cà Mau" "Hạn mặn ven biển" "Học sinh vùng lũ" "Giá heo hơi" "Trái cây đặc sản")
places=("Cần Thơ" "An Giang" "Đồng Tháp" "Sóc Trăng" "Bến Tre" "Vĩnh Long" "Kiên Giang" "Cà Mau" "Hậu Giang" "Trà Vinh")
turns=("tăng nhẹ" "giảm mạnh" "ổn định" "chuyển biến tích cực" "gây lo ngại" "được cải thiện")
sources=("Báo Cần Thơ" "Báo An Giang" "Báo Đồng Tháp" "Báo Sóc Trăng")
sentences=(
    "Sáng nay, nhiều hộ dân trong vùng cho biết tình hình đã khác hẳn so với tuần trước."
    "Theo ngành nông nghiệp tỉnh, diện tích bị ảnh hưởng chiếm chưa tới một phần mười tổng diện tích gieo trồng."
    "Thương lái từ các tỉnh lân cận đổ về thu mua, giá cả được thỏa thuận ngay tại ruộng."
    "Chính quyền địa phương đã cử cán bộ xuống từng ấp để nắm bắt khó khăn của bà con."
    "Ông Nguyễn Văn Tư, một nông dân có hơn hai mươi năm kinh nghiệm, nói rằng năm nay thời tiết thuận lợi hơn."
    "Các doanh nghiệp chế biến cho biết đơn hàng quý này tăng so với cùng kỳ năm ngoái."
    "Đài khí tượng thủy văn khu vực dự báo mưa rào rải rác vào chiều tối trong vài ngày tới."
    "Nhiều tuyến đường liên xã đã được bê tông hóa, giúp việc vận chuyển hàng hóa thuận tiện hơn."
    "Bà Trần Thị Hoa, chủ một vựa trái cây ven quốc lộ, cho biết lượng khách mua tăng rõ rệt vào cuối tuần."
    "Ngành chức năng khuyến cáo người dân theo dõi sát bản tin và chủ động phương án phòng tránh."
    "Hợp tác xã đã ký hợp đồng bao tiêu sản phẩm với một công ty xuất khẩu ở Thành phố Hồ Chí Minh."
    "Trong năm qua, tỉnh đã hỗ trợ hàng nghìn hộ chuyển đổi sang mô hình canh tác tiết kiệm nước."
    "Một số chuyên gia cho rằng cần đầu tư thêm kho lạnh để giảm hao hụt sau thu hoạch."
    "Tại buổi làm việc, lãnh đạo tỉnh đề nghị các sở ngành phối hợp chặt chẽ hơn nữa."
    "Người dân hy vọng giá cả sẽ giữ ổn định đến hết vụ để có lãi sau nhiều tháng vất vả."
    "Trường học trong vùng đã bố trí xuồng đưa đón học sinh qua những đoạn đường ngập nước."
    "Các điểm du lịch sinh thái ghi nhận lượng khách tăng, nhất là khách từ Thành phố Hồ Chí Minh."
    "Cơ quan chức năng cũng tăng cường kiểm tra chất lượng hàng hóa tại các chợ đầu mối."
    "Theo thống kê sơ bộ, sản lượng năm nay có thể vượt kế hoạch đề ra từ đầu năm."
    "Nhiều gia đình đã tranh thủ nước rút để sửa sang nhà cửa và chuẩn bị cho vụ mới."
    "Hội Nông dân tỉnh tổ chức các lớp tập huấn kỹ thuật miễn phí cho hội viên."
    "Mỗi ngày có hàng trăm ghe xuồng tấp nập buôn bán từ lúc trời còn tối."
    "Đại diện ngân hàng cho biết đã giải ngân vốn vay ưu đãi cho các hộ sản xuất nhỏ."
    "Dù còn nhiều khó khăn, người dân vẫn tin tưởng vào hướng đi mới của địa phương."
)

n_subjects=${#subjects[@]} n_places=${#places[@]} n_turns=${#turns[@]} n_sentences=${#sentences[@]}
start=$(date -u -d '2025-06-30T08:00:00Z' +%s)
for ((i = 0; i < count; i++)); do
    subject=${subjects[i % n_subjects]}
    place=${places[(i / n_subjects) % n_places]}
    turn=${turns[(i / 7) % n_turns]}
    moment=$((start - i * 43200))
    day=$(date -u -d "@$moment" +%Y-%m-%dT%H:%M:%S+07:00)
    dir="$folder/$(date -u -d "@$moment" +%Y/%m)"
    mkdir -p "$dir"
    {
        echo "---"
        echo "title: \"$subject ở $place $turn (bài $((i + 1)))\""
        echo "date: $day"
        echo "source: ${sources[i % ${#sources[@]}]}"
        echo "authors: [Phóng viên thường trú]"
        echo "tags: [$subject, $place]"
        echo "---"
        for ((p = 0; p < 6; p++)); do
            line=""
            for ((s = 0; s < 3; s++)); do line+="${sentences[(i * 7 + p * 3 + s * 5) % n_sentences]} "; done
            echo
            echo "${line% }"
        done
    } >"$dir/bai-$((i + 1)).md"
done
