package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The public flowchart (GET /api/public/procedure/{p}/diagram.svg) read as a picture: a well-formed SVG whose boxes are
 * the procedure's states with their Chinese names, one box each, and whose arrows join exactly the boxes the
 * definition (GET /api/public/procedure) joins by a step, starting at the step that opens a case.
 */
@ZhifaIntegrationTest
class ProcedureDiagramTest {

    @LocalServerPort
    int port;

    /** A box of the drawing: its rectangle and the text in it. */
    record Box(double x, double y, double w, double h, String label) {

        boolean touches(double px, double py) {
            return px >= x - 0.5 && px <= x + w + 0.5 && py >= y - 0.5 && py <= y + h + 0.5;
        }
    }

    record Arrow(double x1, double y1, double x2, double y2) {
    }

    private static final Pattern PATH = Pattern.compile("^M\\s*([-\\d.]+)[ ,]([-\\d.]+).*?([-\\d.]+)[ ,]([-\\d.]+)\\s*$");

    /** As a browser's {@code <img>} asks for it. */
    private HttpResponse<String> image(String procedure) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/public/procedure/" + procedure + "/diagram.svg"))
                .header("Accept", "image/avif,image/webp,image/svg+xml,image/*,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Document svg(String procedure) throws Exception {
        var r = image(procedure);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // a parse error (unescaped text, unclosed element) fails the test here
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode definition(String procedure) {
        for (JsonNode p : TestApi.anonymous(port).get("/api/public/procedure").json().get("procedures")) {
            if (p.get("name").asString().equals(procedure)) {
                return p;
            }
        }
        throw new AssertionError("no procedure " + procedure);
    }

    private static List<Box> boxes(Document d) {
        List<Box> boxes = new ArrayList<>();
        NodeList rects = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            Element group = (Element) rect.getParentNode();
            NodeList texts = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
            assertThat(texts.getLength()).as("每个方框有文字").isEqualTo(1);
            boxes.add(new Box(num(rect, "x"), num(rect, "y"), num(rect, "width"), num(rect, "height"),
                    texts.item(0).getTextContent()));
        }
        return boxes;
    }

    private static List<Arrow> arrows(Document d) {
        List<Arrow> arrows = new ArrayList<>();
        NodeList lines = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line");
        for (int i = 0; i < lines.getLength(); i++) {
            Element l = (Element) lines.item(i);
            arrows.add(new Arrow(num(l, "x1"), num(l, "y1"), num(l, "x2"), num(l, "y2")));
        }
        NodeList paths = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (p.getParentNode().getLocalName().equals("marker")) {
                continue; // the arrow head
            }
            Matcher m = PATH.matcher(p.getAttribute("d"));
            assertThat(m.matches()).as(p.getAttribute("d")).isTrue();
            arrows.add(new Arrow(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
        }
        return arrows;
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static String boxAt(List<Box> boxes, double x, double y) {
        List<String> hit = boxes.stream().filter(b -> b.touches(x, y)).map(Box::label).toList();
        assertThat(hit).as("箭头端点 (%s, %s) 落在一个方框上", x, y).hasSize(1);
        return hit.get(0);
    }

    /** The label of the box where a case starts: the opening steps' labels joined as drawn. */
    private static String start(JsonNode procedure) {
        List<String> labels = new ArrayList<>();
        for (JsonNode t : procedure.get("transitions")) {
            if (t.get("opens").asBoolean()) {
                labels.add(t.get("label").asString());
            }
        }
        return String.join(" / ", labels);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SIMPLIFIED", "ORDINARY"})
    void the_flowchart_draws_each_state_once_and_an_arrow_for_each_step_of_the_definition(String name) throws Exception {
        JsonNode procedure = definition(name);
        Document svg = svg(name);
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<Box> boxes = boxes(svg);
        Map<String, String> labelOf = new HashMap<>();
        procedure.get("states").forEach(s -> labelOf.put(s.get("name").asString(), s.get("label").asString()));
        String start = start(procedure);

        // the states a case of this procedure can be in: from the opening steps onwards along the steps
        Set<String> reached = new LinkedHashSet<>();
        Set<String> edges = new LinkedHashSet<>();
        for (JsonNode t : procedure.get("transitions")) {
            if (t.get("opens").asBoolean()) {
                reached.add(t.get("to").asString());
                edges.add(start + " → " + labelOf.get(t.get("to").asString()));
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (JsonNode t : procedure.get("transitions")) {
                if (t.get("to").isNull()) {
                    continue; // 退回: the earlier state is chosen when returning, not a fixed arrow
                }
                for (JsonNode from : t.get("from")) {
                    if (reached.contains(from.asString()) && !from.asString().equals(t.get("to").asString())) {
                        grew |= reached.add(t.get("to").asString());
                        edges.add(labelOf.get(from.asString()) + " → " + labelOf.get(t.get("to").asString()));
                    }
                }
            }
        }
        assertThat(reached).as("每个状态都可由立案起点到达").containsExactlyInAnyOrderElementsOf(labelOf.keySet());

        List<String> expectedBoxes = new ArrayList<>();
        expectedBoxes.add(start);
        reached.forEach(s -> expectedBoxes.add(labelOf.get(s)));
        assertThat(boxes.stream().map(Box::label).toList()).containsExactlyInAnyOrderElementsOf(expectedBoxes);

        Set<String> drawn = new LinkedHashSet<>();
        for (Arrow a : arrows(svg)) {
            drawn.add(boxAt(boxes, a.x1(), a.y1()) + " → " + boxAt(boxes, a.x2(), a.y2()));
        }
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(edges);
    }

    @Test
    void the_simplified_procedure_starts_at_the_decision_on_the_spot() throws Exception {
        Document svg = svg("SIMPLIFIED");
        List<Box> boxes = boxes(svg);
        Box top = boxes.stream().min((a, b) -> Double.compare(a.y(), b.y())).orElseThrow();
        assertThat(top.label()).isEqualTo("当场作出行政处罚决定");
        assertThat(boxes.stream().map(Box::label)).doesNotContain("案源登记");
        // nothing leads into the start
        for (Arrow a : arrows(svg)) {
            assertThat(boxAt(boxes, a.x2(), a.y2())).isNotEqualTo(top.label());
        }
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("简易程序流程图");
    }

    @Test
    void the_ordinary_procedure_starts_at_the_registration_of_the_case_source() throws Exception {
        List<Box> boxes = boxes(svg("ORDINARY"));
        Box top = boxes.stream().min((a, b) -> Double.compare(a.y(), b.y())).orElseThrow();
        assertThat(top.label()).isEqualTo(start(definition("ORDINARY")));
        assertThat(top.label()).contains("案源登记");
    }

    @Test
    void an_unknown_procedure_has_no_flowchart() throws Exception {
        assertThat(image("NOPE").statusCode()).isEqualTo(404);
    }
}
