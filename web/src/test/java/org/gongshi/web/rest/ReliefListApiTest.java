package org.gongshi.web.rest;

import org.gongshi.privacy.FieldType;
import org.gongshi.relief.ReliefListType;
import org.gongshi.shared.InvalidInput;
import org.gongshi.web.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts of the relief-list API that need no server: reading the parts, and every refusal in words. */
class ReliefListApiTest {

    @Test
    void a_mapping_names_columns_by_index_or_heading() {
        Map<String, FieldType> mapping = ReliefListResource.mapping("{\"0\":\"NAME\",\"身份证号码\":\" ID_NUMBER \"}");
        assertThat(mapping).containsEntry("0", FieldType.NAME).containsEntry("身份证号码", FieldType.ID_NUMBER);
        assertThat(ReliefListResource.mapping("  ")).isNull();
    }

    @Test
    void a_mapping_that_is_not_json_or_names_an_unknown_kind_is_refused_in_words() {
        for (String bad : new String[]{"A=NAME", "{\"0\":\"NAMES\"}", "{\"0\":1}", "[\"NAME\"]"}) {
            assertThatThrownBy(() -> ReliefListResource.mapping(bad)).as(bad)
                    .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.relief.mapping-invalid");
        }
        assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, "error.relief.mapping-invalid")).contains("列的对应关系");
    }

    @Test
    void an_unknown_list_type_is_refused_in_words() {
        assertThat(ReliefListResource.type(" DIBAO_FIRST_REVIEW ")).isEqualTo(ReliefListType.DIBAO_FIRST_REVIEW);
        assertThatThrownBy(() -> ReliefListResource.type("DIBAO")).isInstanceOf(InvalidInput.class)
                .extracting("messageKey").isEqualTo("error.relief.type-unknown");
        assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, "error.relief.type-unknown", "DIBAO")).isEqualTo("不认识的名单类型“DIBAO”。");
    }

    @Test
    void every_relief_refusal_has_a_chinese_and_an_english_message() throws IOException {
        Pattern key = Pattern.compile("\"(error\\.relief\\.[a-z-]+)\"");
        Set<String> keys;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("../ejb/src/main/java/org/gongshi/relief")),
                Files.walk(Path.of("src/main/java/org/gongshi/web")))) {
            keys = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    Matcher m = key.matcher(Files.readString(p));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
        assertThat(keys).hasSizeGreaterThan(10);
        for (String k : keys) {
            assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, k)).as(k).isNotEqualTo(k).containsPattern("\\p{IsHan}");
            assertThat(Messages.get(Locale.ENGLISH, k)).as(k).isNotEqualTo(k).doesNotContainPattern("\\p{IsHan}{3}");
        }
        for (ReliefListType t : ReliefListType.values()) {
            assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, "relief.type." + t.name())).startsWith(t.title());
        }
    }
}
