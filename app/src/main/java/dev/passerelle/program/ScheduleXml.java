package dev.passerelle.program;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A program as frab {@code schedule.xml} (the c3voc XSD). */
final class ScheduleXml {

    private ScheduleXml() {
    }

    static String of(Program program, String baseUrl) {
        var frab = new FrabSchedule(program, baseUrl);
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("schedule");
            xml.writeEmptyElement("generator");
            xml.writeAttribute("name", "passerelle");
            element(xml, "url", frab.url() + "schedule.xml");
            element(xml, "version", frab.version());
            conference(xml, program, frab);
            List<FrabSchedule.Day> days = frab.days();
            if (days.isEmpty()) {
                // The XSD wants at least one day: an empty one for the conference's first day.
                var start = frab.firstDay().atStartOfDay(program.zone());
                days = List.of(new FrabSchedule.Day(1, frab.firstDay(), start, start, java.util.Map.of()));
            }
            for (FrabSchedule.Day day : days) {
                day(xml, day, program, frab);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write schedule.xml", e);
        }
    }

    private static void conference(XMLStreamWriter xml, Program program, FrabSchedule frab)
            throws XMLStreamException {
        xml.writeStartElement("conference");
        element(xml, "acronym", frab.acronym());
        element(xml, "title", program.event().name());
        element(xml, "start", frab.firstDay().toString());
        element(xml, "end", frab.lastDay().toString());
        element(xml, "days", Integer.toString(frab.days().size()));
        element(xml, "timeslot_duration", "00:05");
        element(xml, "base_url", frab.baseUrl() + "/");
        element(xml, "time_zone_name", program.zone().getId());
        for (String track : program.tracks()) {
            xml.writeStartElement("track");
            xml.writeAttribute("name", track);
            xml.writeCharacters(track);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void day(XMLStreamWriter xml, FrabSchedule.Day day, Program program, FrabSchedule frab)
            throws XMLStreamException {
        xml.writeStartElement("day");
        xml.writeAttribute("index", Integer.toString(day.index()));
        xml.writeAttribute("date", day.date().toString());
        xml.writeAttribute("start", FrabSchedule.dateTime(day.start()));
        xml.writeAttribute("end", FrabSchedule.dateTime(day.end()));
        for (var room : day.rooms().entrySet()) {
            xml.writeStartElement("room");
            xml.writeAttribute("name", room.getKey());
            xml.writeAttribute("guid", FrabSchedule.roomGuid(program.event().slug(), room.getKey()));
            for (ProgramSession s : room.getValue()) {
                event(xml, s, frab);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void event(XMLStreamWriter xml, ProgramSession s, FrabSchedule frab) throws XMLStreamException {
        xml.writeStartElement("event");
        xml.writeAttribute("id", Long.toString(s.id()));
        xml.writeAttribute("guid", frab.guid(s));
        element(xml, "date", FrabSchedule.dateTime(s.start()));
        element(xml, "start", FrabSchedule.start(s));
        element(xml, "duration", FrabSchedule.duration(s));
        element(xml, "room", FrabSchedule.room(s));
        element(xml, "slug", FrabSchedule.slug(s));
        element(xml, "url", frab.sessionUrl(s));
        element(xml, "title", s.title());
        element(xml, "subtitle", "");
        element(xml, "track", s.track() == null ? "" : s.track());
        element(xml, "type", s.kind());
        element(xml, "language", s.originalLang());
        element(xml, "abstract", s.abstractMarkdown());
        element(xml, "description", "");
        xml.writeStartElement("persons");
        for (String name : s.speakers()) {
            xml.writeStartElement("person");
            xml.writeAttribute("guid", FrabSchedule.personGuid(name));
            xml.writeCharacters(name);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
