package org.zhifa.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhifa.personnel.internal.PhotoStore;

/** Photos are judged by their content, never by the file name. */
class PhotoTypeTest {

    @Test
    void jpeg_and_png_are_recognised_by_their_signature() {
        assertThat(PhotoStore.detectType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 0, 0}))
                .isEqualTo("image/jpeg");
        assertThat(PhotoStore.detectType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .isEqualTo("image/png");
    }

    @Test
    void anything_else_is_refused() {
        assertThat(PhotoStore.detectType("GIF89a....".getBytes())).isNull();
        assertThat(PhotoStore.detectType("<svg></svg>".getBytes())).isNull();
        assertThat(PhotoStore.detectType(new byte[3])).isNull();
    }
}
