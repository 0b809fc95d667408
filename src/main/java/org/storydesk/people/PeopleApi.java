package org.storydesk.people;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.storydesk.base.api.Csv;
import org.storydesk.base.api.FilterParameters;

/** {@code GET /api/people}: everyone in the story. */
@RestController
@RequestMapping("/api/people")
class PeopleApi {

    private final People people;

    PeopleApi(People people) {
        this.people = people;
    }

    /** A row as DESIGN.md names the fields, plus the spellings flagged as probable misspellings. */
    record PersonRow(String id, String name, List<String> roles, List<String> variants, int mentions, int articles, int quotes,
                     List<String> flaggedVariants) {
    }

    private static final List<Csv.Column<PersonRow>> CSV = List.of(
            Csv.Column.of("id", PersonRow::id), Csv.Column.of("name", PersonRow::name), Csv.Column.of("roles", PersonRow::roles),
            Csv.Column.of("variants", PersonRow::variants), Csv.Column.of("mentions", PersonRow::mentions),
            Csv.Column.of("articles", PersonRow::articles), Csv.Column.of("quotes", PersonRow::quotes),
            Csv.Column.of("flaggedVariants", PersonRow::flaggedVariants));

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) List<String> person, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, @RequestParam(required = false) String format) {
        List<PersonRow> rows = people.list(FilterParameters.read(person, from, to)).stream()
                .map(p -> new PersonRow(p.slug().value(), p.name(), p.roles(), p.variants(), p.mentions(), p.articles(), p.quotes(),
                        p.flaggedVariants()))
                .toList();
        return Csv.requested(format) ? Csv.response("people", rows, CSV) : ResponseEntity.ok(rows);
    }
}
