package dev.passerelle.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** Validates exports against the c3voc schedule JSON Schema and XSD (copies in src/test/resources/programs). */
final class ScheduleValidation {

    private ScheduleValidation() {
    }

    static void assertValidJson(String json) {
        try (InputStream schemaFile = resource("programs/c3voc_schedule_schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6).getSchema(schemaFile);
            assertThat(schema.validate(json, InputFormat.JSON)).as("schedule.json against the c3voc schema")
                    .isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static void assertValidXml(String xml) {
        try (InputStream xsd = resource("programs/c3voc_schedule.xml.xsd")) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Validator validator = factory.newSchema(new StreamSource(xsd)).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("schedule.xml against the c3voc XSD: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static InputStream resource(String name) {
        return ScheduleValidation.class.getClassLoader().getResourceAsStream(name);
    }
}
