package dev.passerelle.intake.program;

import dev.passerelle.xml.SafeXml;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.stereotype.Component;

/**
 * frab/pretalx {@code schedule.xml} (c3voc XSD): schedule/day/room/event, with the event's guid and id as
 * attributes. Element children we do not map are kept as extras (text, or the list of their children's texts).
 */
@Component
class ScheduleXmlParser implements ProgramParser {

    @Override
    public ProgramFormat format() {
        return ProgramFormat.SCHEDULE_XML;
    }

    @Override
    public List<ProgramItem> parse(byte[] body) {
        XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream(body));
        List<ProgramItem> items = new ArrayList<>();
        try {
            xml.nextTag();
            if (!"schedule".equals(xml.getLocalName())) {
                throw new InvalidProgramException("schedule.xml must have a <schedule> root, not <"
                        + xml.getLocalName() + ">");
            }
            String roomName = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "room" -> roomName = xml.getAttributeValue(null, "name");
                    case "event" -> items.add(event(xml, roomName));
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            throw new InvalidProgramException(new SafeXml.MalformedXmlException(e).getMessage(), e);
        } catch (SafeXml.HostileXmlException | SafeXml.MalformedXmlException e) {
            throw new InvalidProgramException("schedule.xml: " + e.getMessage(), e);
        }
        return items;
    }

    private static ProgramItem event(XMLStreamReader xml, String roomName) throws XMLStreamException {
        String guid = xml.getAttributeValue(null, "guid");
        String id = ProgramFields.blank(guid) ? xml.getAttributeValue(null, "id") : guid;
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Object> extra = new LinkedHashMap<>();
        List<String> speakers = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            switch (name) {
                case "persons" -> speakers.addAll(children(xml));
                case "date", "start", "duration", "room", "title", "track", "type", "language", "abstract",
                     "description" -> fields.put(name, xml.getElementText().strip());
                default -> extra.put(name, content(xml));
            }
        }
        if (ProgramFields.blank(id)) {
            throw new InvalidProgramException("schedule.xml: an event has neither guid nor id (title: "
                    + fields.get("title") + ")");
        }
        var start = ProgramFields.time("date", fields.get("date"));
        String room = ProgramFields.blank(fields.get("room")) ? roomName : fields.get("room");
        return new ProgramItem(id, fields.get("title"), ProgramFields.text(blankToNull(fields.get("abstract")),
                blankToNull(fields.get("description"))), blankToNull(fields.get("language")),
                ProgramFields.kind(blankToNull(fields.get("type"))), speakers, blankToNull(fields.get("track")), room,
                start, ProgramFields.end(start, fields.get("duration")), extra);
    }

    /** A leaf's text, or the texts of its children. */
    private static Object content(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        List<String> children = new ArrayList<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return children.isEmpty() ? text.toString().strip() : children;
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String href = xml.getAttributeValue(null, "href");
                String inner = xml.getElementText().strip();
                children.add(href == null ? inner : inner.isEmpty() ? href : inner + " <" + href + ">");
            }
        }
    }

    private static List<String> children(XMLStreamReader xml) throws XMLStreamException {
        List<String> texts = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String text = xml.getElementText().strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String blankToNull(String value) {
        return ProgramFields.blank(value) ? null : value;
    }
}
