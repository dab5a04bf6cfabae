package dev.clssdk.cls.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM users import pins the same runtime versions the SDK is built and tested with. The BOM
 * has no parent (so users do not import our build tools' pins), which is why its versions are
 * written twice and checked here.
 */
class BomPinsTest {

    @ParameterizedTest
    @ValueSource(strings = {"jackson.version", "okhttp.version", "slf4j.version", "retrofit.version", "project.version"})
    void bomPinsTheVersionTheSdkIsBuiltWith(String property) throws Exception {
        Map<String, String> root = properties(Path.of("..", "..", "pom.xml"));
        Map<String, String> bom = properties(Path.of("..", "bom", "pom.xml"));
        assertThat(bom.get(property)).as("%s in bom/pom.xml", property).isNotBlank().isEqualTo(root.get(property));
    }

    private static Map<String, String> properties(Path pom) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        Map<String, String> values = new TreeMap<>();
        values.put("project.version", childText(project, "version"));
        NodeList props = project.getElementsByTagName("properties");
        if (props.getLength() > 0) {
            NodeList children = props.item(0).getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node child = children.item(i);
                if (child.getNodeType() == Node.ELEMENT_NODE) {
                    values.put(child.getNodeName(), child.getTextContent().trim());
                }
            }
        }
        return values;
    }

    private static String childText(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }
}
