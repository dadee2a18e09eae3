package org.zhifa.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.junit.jupiter.api.Test;

/** The OFD's QR code is drawn as runs of dark modules: exactly the dark modules, each once. */
class OfdQrRunsTest {

    @Test
    void runs_cover_every_dark_module_once_and_no_light_one() throws Exception {
        BitMatrix m = new QRCodeWriter().encode("https://zhifa.example.cn/verify/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_",
                BarcodeFormat.QR_CODE, 0, 0);
        int[][] covered = new int[m.getHeight()][m.getWidth()];
        var runs = OfdPages.darkRuns(m);
        for (int[] run : runs) {
            for (int c = run[1]; c < run[1] + run[2]; c++) {
                covered[run[0]][c]++;
            }
        }
        int dark = 0;
        for (int r = 0; r < m.getHeight(); r++) {
            for (int c = 0; c < m.getWidth(); c++) {
                assertThat(covered[r][c]).as("row %d column %d", r, c).isEqualTo(m.get(c, r) ? 1 : 0);
                dark += m.get(c, r) ? 1 : 0;
            }
        }
        assertThat(runs.size()).isLessThan(dark * 2 / 3); // 293 runs for 545 dark modules here
    }
}
