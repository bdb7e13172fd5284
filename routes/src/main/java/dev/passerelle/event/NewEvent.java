package dev.passerelle.event;

import java.time.LocalDate;
import java.util.List;

/** What an organiser gives to create an event. */
public record NewEvent(String slug, String name, List<String> languages, LocalDate startsOn, LocalDate endsOn) {
}
