package dev.cxkit.render.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses SVG with the JDK's hardened, namespace-aware parser and queries it with XPath. */
public final class Svgs {
  private Svgs() {}

  /** Parses {@code svg}; fails the test on any XML error. External entities and DTDs are off. */
  public static Document parse(String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      Document d = b.parse(new InputSource(new StringReader(svg)));
      assertEquals("svg", d.getDocumentElement().getLocalName());
      assertEquals("http://www.w3.org/2000/svg", d.getDocumentElement().getNamespaceURI());
      return d;
    } catch (Exception e) {
      throw new AssertionError("SVG does not parse: " + e.getMessage(), e);
    }
  }

  /** Nodes matching {@code xpath}, where the prefix {@code s} is the SVG namespace. */
  public static NodeList nodes(Document d, String xpath) {
    try {
      XPath x = XPathFactory.newInstance().newXPath();
      x.setNamespaceContext(
          new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
              return "s".equals(prefix) ? "http://www.w3.org/2000/svg" : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
              return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
              return java.util.Collections.emptyIterator();
            }
          });
      return (NodeList) x.evaluate(xpath, d, XPathConstants.NODESET);
    } catch (Exception e) {
      throw new AssertionError("bad XPath " + xpath, e);
    }
  }

  /** Number of nodes matching {@code xpath}. */
  public static int count(String svg, String xpath) {
    return nodes(parse(svg), xpath).getLength();
  }

  /** All text content of the document. */
  public static String text(String svg) {
    return parse(svg).getDocumentElement().getTextContent();
  }
}
