package org.gongshi.attachment;

import org.gongshi.shared.GongshiException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What an upload is, decided from its bytes: the allowed kinds pass, everything else is refused with its key. */
class ContentCheckTest {

    private static final long LIMIT = 2L * 1024 * 1024;
    private final ContentCheck check = new ContentCheck(LIMIT);

    @Test
    void a_pdf_written_by_hand_is_accepted_as_pdf_with_its_sha256() {
        byte[] pdf = SampleFiles.pdf();
        CheckedFile file = check.check(pdf);
        assertThat(file.mediaType()).isEqualTo(AllowedType.PDF);
        assertThat(file.sha256()).hasSize(64).isEqualTo(ContentCheck.sha256(pdf));
    }

    @Test
    void png_jpeg_and_gif_images_are_accepted_as_what_they_are() {
        assertThat(check.check(SampleFiles.image("png")).mediaType()).isEqualTo(AllowedType.PNG);
        assertThat(check.check(SampleFiles.image("jpg")).mediaType()).isEqualTo(AllowedType.JPEG);
        assertThat(check.check(SampleFiles.image("gif")).mediaType()).isEqualTo(AllowedType.GIF);
    }

    @Test
    void word_and_excel_files_are_told_apart_by_their_content_types() {
        assertThat(check.check(SampleFiles.docx()).mediaType()).isEqualTo(AllowedType.DOCX);
        assertThat(check.check(SampleFiles.xlsx()).mediaType()).isEqualTo(AllowedType.XLSX);
    }

    @Test
    void an_html_page_is_refused_whatever_its_name_says() {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(html).messageKey()).isEqualTo("error.attachment.unsupported-type");
        assertThat(refusal(html).kind()).isEqualTo(GongshiException.Kind.UNSUPPORTED);
    }

    @Test
    void a_windows_program_is_refused_even_when_it_calls_itself_a_png() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        assertThat(refusal(exe).messageKey()).isEqualTo("error.attachment.unsupported-type");
    }

    @Test
    void a_plain_zip_is_not_a_word_file() {
        byte[] zip = SampleFiles.zip(Map.of("readme.txt", "hello", "word/document.xml", "<w:document/>"));
        assertThat(refusal(zip).messageKey()).isEqualTo("error.attachment.unsupported-type");
    }

    @Test
    void a_zip_whose_content_types_name_no_main_part_is_not_a_word_file() {
        byte[] zip = SampleFiles.zip(Map.of("[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>"));
        assertThat(refusal(zip).messageKey()).isEqualTo("error.attachment.unsupported-type");
    }

    @Test
    void a_zip_bomb_dressed_as_a_word_file_is_refused_without_being_inflated() {
        byte[] bomb = SampleFiles.docxBomb();
        assertThat(bomb.length).isLessThan((int) LIMIT);
        assertThat(refusal(bomb).messageKey()).isEqualTo("error.attachment.unsupported-type");
    }

    @Test
    void a_truncated_word_file_is_refused() {
        byte[] docx = SampleFiles.docx();
        assertThat(refusal(Arrays.copyOf(docx, docx.length - 30)).messageKey())
                .isEqualTo("error.attachment.unsupported-type");
    }

    @Test
    void an_empty_file_is_refused_as_empty() {
        assertThat(refusal(new byte[0]).messageKey()).isEqualTo("error.attachment.empty");
    }

    @Test
    void a_file_one_byte_over_the_limit_is_refused_and_the_stream_is_not_read_further() {
        byte[] pdf = SampleFiles.pdf();
        byte[] big = Arrays.copyOf(pdf, (int) LIMIT + 1);
        CountingStream upload = new CountingStream(new byte[(int) LIMIT * 3]);
        System.arraycopy(pdf, 0, upload.data, 0, pdf.length);

        assertThat(refusal(big).messageKey()).isEqualTo("error.attachment.too-large");
        GongshiException streamed = catchThrowableOfType(GongshiException.class, () -> check.check(upload));
        assertThat(streamed.messageKey()).isEqualTo("error.attachment.too-large");
        assertThat(streamed.kind()).isEqualTo(GongshiException.Kind.TOO_LARGE);
        assertThat(streamed.arguments()).containsExactly("2");
        assertThat(upload.read).isEqualTo(LIMIT + 1);
    }

    @Test
    void a_file_exactly_at_the_limit_is_accepted() {
        byte[] pdf = SampleFiles.pdf();
        assertThat(check.check(new ByteArrayInputStream(Arrays.copyOf(pdf, (int) LIMIT))).bytes()).hasSize((int) LIMIT);
    }

    @Test
    void file_names_lose_their_paths_and_control_characters_and_stay_within_200_characters() {
        assertThat(FileNames.sanitise("C:\\Users\\王\\低保名单.pdf", "x")).isEqualTo("低保名单.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd", "x")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("名单\u202Efdp.exe\r\n", "x")).isEqualTo("名单fdp.exe");
        assertThat(FileNames.sanitise("   ", "附件.pdf")).isEqualTo("附件.pdf");
        assertThat(FileNames.sanitise("..", "附件.pdf")).isEqualTo("附件.pdf");
        assertThat(FileNames.sanitise("公".repeat(300) + ".pdf", "x")).hasSize(200);
        assertThat(FileNames.sanitise("😀".repeat(150), "x").length()).isLessThanOrEqualTo(200);
    }

    private GongshiException refusal(byte[] bytes) {
        GongshiException refused = catchThrowableOfType(GongshiException.class, () -> check.check(bytes));
        assertThat(refused).as("must be refused").isNotNull();
        return refused;
    }

    private static final class CountingStream extends InputStream {
        final byte[] data;
        long read;

        CountingStream(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return read < data.length ? data[(int) read++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= data.length) {
                return -1;
            }
            int n = (int) Math.min(len, data.length - read);
            System.arraycopy(data, (int) read, b, off, n);
            read += n;
            return n;
        }
    }
}
