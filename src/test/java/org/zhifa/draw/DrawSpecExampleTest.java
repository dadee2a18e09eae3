package org.zhifa.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The worked example of docs/random-draw.md §11, read from the document itself, against the implementation. */
class DrawSpecExampleTest {

    private static Map<String, String> blocks;
    private static DrawInput input;
    private static DrawSeed seed;

    @BeforeAll
    static void readDocument() throws IOException {
        String doc = Files.readString(Path.of("docs/random-draw.md"), StandardCharsets.UTF_8);
        blocks = new LinkedHashMap<>();
        Matcher m = Pattern.compile("```\\w+ (example-[a-z]+)\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        while (m.find()) {
            blocks.put(m.group(1), m.group(2).replace('→', '\t').replace("↵", ""));
        }
        JsonNode in = JsonMapper.builder().build().readTree(blocks.get("example-input"));
        List<StratumRule> rules = new ArrayList<>();
        in.get("strata").forEach(s -> rules.add(new StratumRule(s.get("name").asString(),
                new BigDecimal(s.get("ratio").asString()), s.get("min").asInt())));
        List<DrawObject> objects = new ArrayList<>();
        in.get("objects").forEach(o -> {
            LinkedHashSet<String> blocked = new LinkedHashSet<>();
            o.get(3).forEach(b -> blocked.add(b.asString()));
            objects.add(new DrawObject(o.get(0).asString(), o.get(1).asString(), o.get(2).asString(), blocked));
        });
        List<DrawAssignee> assignees = new ArrayList<>();
        in.get("assignees").forEach(a -> assignees.add(new DrawAssignee(a.get(0).asString(), a.get(1).asString(),
                a.get(2).asString())));
        List<DrawConflict> conflicts = new ArrayList<>();
        in.get("conflicts").forEach(c -> conflicts.add(new DrawConflict(c.get(0).asString(), c.get(1).asString())));
        input = new DrawInput(in.get("draw").asString(), in.get("assign").asInt(), rules, objects, assignees, conflicts);
        seed = DrawSeed.fromHex(in.get("seed").asString());
    }

    private static String value(String name) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + " = ([0-9a-f]+)$", Pattern.MULTILINE)
                .matcher(blocks.get("example-values"));
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    @Test
    void the_object_list_text_is_as_documented() {
        assertThat(new String(input.objectsText(), StandardCharsets.UTF_8)).isEqualTo(blocks.get("example-objects"));
    }

    @Test
    void the_header_and_its_hash_are_as_documented() {
        assertThat(input.header()).isEqualTo(blocks.get("example-header"));
        assertThat(input.headerHashHex()).isEqualTo(value("headerHash"));
    }

    @Test
    void the_commitment_is_the_sm3_of_the_seed_bytes() {
        assertThat(seed.commitment()).isEqualTo(value("commitment"));
    }

    @Test
    void the_first_block_of_the_selection_stream_is_as_documented() {
        DrawStream stream = new DrawStream(HexFormat.of().parseHex(seed.hex()), input.headerHash(),
                DrawStream.label("select", "A"));
        byte[] block = new byte[32];
        var buffer = java.nio.ByteBuffer.wrap(block);
        for (int i = 0; i < 4; i++) {
            buffer.putLong(stream.nextWord());
        }
        assertThat(HexFormat.of().formatHex(block)).isEqualTo(value("select/A block 0"));
    }

    @Test
    void the_result_text_and_hash_are_as_documented() {
        DrawResult result = RandomDraw.draw(input, seed);
        assertThat(result.text()).isEqualTo(blocks.get("example-result"));
        assertThat(result.hash()).isEqualTo(value("resultHash"));
    }

    @Test
    void the_replacement_is_as_documented() {
        DrawResult result = RandomDraw.draw(input, seed);
        List<Replacement> r = RandomDraw.replace(input, seed, result,
                List.of(new RandomDraw.Withdrawal("T4", "P5", "回避")));
        assertThat(r.get(0).line() + "\n").isEqualTo(blocks.get("example-replacement"));
    }
}
