package org.songsong.core.testing;

/** Articles written for the tests in the genre's shape, for cases the seeds do not hold. */
public final class WrittenArticles {

    /** The file name {@link #NEXT_DAY_OF_THE_VISIT} is imported under. */
    public static final String NEXT_DAY_OF_THE_VISIT_FILE = "w90-the-visit-continues-in-quang-ninh.txt";

    /**
     * The day after the conference of seed 001 (Hanoi, 19 February 2021), the Chinese minister visits a
     * province, received by a vice-minister: written for this test in the genre's shape.
     */
    public static final String NEXT_DAY_OF_THE_VISIT = """
            http://example.vn/an-ninh/bo-truong-trieu-khac-chi-lam-viec-voi-cong-an-tinh-quang-ninh.html
            Bộ trưởng Triệu Khắc Chí làm việc với Công an tỉnh Quảng Ninh

            Ngày 20/2/2021, ông Triệu Khắc Chí, Ủy viên Quốc vụ, Bộ trưởng Bộ Công an Trung Quốc, cùng đoàn công tác đã đến thăm và làm việc tại Quảng Ninh.

            Tiếp đoàn có Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an, cùng lãnh đạo Công an tỉnh Quảng Ninh.

            Hai bên trao đổi về phối hợp quản lý biên giới, phòng, chống tội phạm ma túy, mua bán người và xuất nhập cảnh trái phép qua cửa khẩu Móng Cái.

            Bộ trưởng Triệu Khắc Chí cảm ơn sự đón tiếp chu đáo của Công an tỉnh Quảng Ninh.
            """;

    private WrittenArticles() {
    }
}
