package org.storydesk.analysis.merging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.storydesk.analysis.extraction.ArticleAnalysis.PersonFound;
import org.storydesk.analysis.extraction.Gender;
import org.storydesk.analysis.extraction.Names;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;
import org.storydesk.people.MachinePerson;
import org.storydesk.people.PersonSplit;

/**
 * One person however each outlet names them. Full names are one person when they are the same
 * name, or the same first name with a surname a letter or two apart (a misspelling, kept as a
 * variant and flagged for editors; the spelling most of the coverage uses wins). A surname alone
 * joins the one person of the story who has it; with two candidates it joins no one.
 */
final class PeopleMerger {

    private static final class Cluster {
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        final Map<String, Integer> roles = new LinkedHashMap<>();
        final Set<String> variants = new LinkedHashSet<>();
        final Map<ArticleId, Integer> mentions = new LinkedHashMap<>();
        final Map<ArticleId, List<MachinePerson.Place>> places = new LinkedHashMap<>();
        int male;
        int female;

        String name() {
            return spellings.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> Names.words(e.getKey()))
                            .thenComparingInt(Map.Entry::getValue))
                    .map(Map.Entry::getKey).orElseThrow();
        }

        String canonical() {
            // The fullest form; among equally full spellings, the one most of the coverage uses.
            int words = Names.words(name());
            return spellings.entrySet().stream()
                    .filter(e -> Names.words(e.getKey()) == words)
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElseThrow();
        }

        void add(ArticleId article, PersonFound person, String spelling) {
            spellings.merge(spelling, person.mentions().size(), Integer::sum);
            variants.addAll(person.variants());
            person.roles().forEach(role -> roles.merge(role, 1, Integer::sum));
            mentions.merge(article, person.mentions().size(), Integer::sum);
            person.mentions().forEach(span -> places.computeIfAbsent(article, a -> new ArrayList<>())
                    .add(new MachinePerson.Place(span.start(), span.end())));
            if (person.gender() == Gender.MALE) {
                male++;
            } else if (person.gender() == Gender.FEMALE) {
                female++;
            }
        }
    }

    private final List<PersonSplit> apart;

    PeopleMerger(List<PersonSplit> apart) {
        this.apart = List.copyOf(apart);
    }

    /** Whether editors said a name is someone other than the person this cluster is. */
    private boolean keptApart(Cluster cluster, String name) {
        for (PersonSplit split : apart) {
            boolean nameIsSplit = names(split.name(), name);
            boolean nameIsPerson = names(split.apartFrom(), name);
            for (String spelling : cluster.spellings.keySet()) {
                if (nameIsSplit && names(split.apartFrom(), spelling) || nameIsPerson && names(split.name(), spelling)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a name as written ("Gen. Jane Roe") is this spelling of a person's name ("Jane Roe"). */
    private static boolean names(String written, String spelling) {
        String a = Names.key(written);
        String b = Names.key(spelling);
        return a.equals(b) || a.endsWith(" " + b);
    }

    /** The merged people, and for each article's person key, the slug of the person it is. */
    record Result(List<MachinePerson> people, Map<ArticleId, Map<String, PersonSlug>> slugs) {
    }

    Result merge(Map<ArticleId, List<PersonFound>> byArticle) {
        List<Cluster> clusters = new ArrayList<>();
        Map<ArticleId, Map<String, Cluster>> assignment = new LinkedHashMap<>();
        // Full names first, so that a surname alone has someone to join.
        for (var entry : byArticle.entrySet()) {
            for (PersonFound person : entry.getValue()) {
                if (Names.words(person.key()) < 2) {
                    continue;
                }
                Cluster cluster = findFull(clusters.stream().filter(c -> !keptApart(c, person.key())).toList(), person.key()).orElseGet(() -> {
                    Cluster created = new Cluster();
                    clusters.add(created);
                    return created;
                });
                cluster.add(entry.getKey(), person, person.key());
                assignment.computeIfAbsent(entry.getKey(), k -> new HashMap<>()).put(person.key(), cluster);
            }
        }
        for (var entry : byArticle.entrySet()) {
            for (PersonFound person : entry.getValue()) {
                if (Names.words(person.key()) >= 2) {
                    continue;
                }
                Optional<Cluster> match = bySurname(clusters, person.key());
                if (match.isEmpty() && ambiguous(clusters, person.key())) {
                    continue; // two people of the story share this surname: it names neither for sure
                }
                Cluster cluster = match.orElseGet(() -> {
                    Cluster created = new Cluster();
                    clusters.add(created);
                    return created;
                });
                cluster.add(entry.getKey(), person, person.key());
                assignment.computeIfAbsent(entry.getKey(), k -> new HashMap<>()).put(person.key(), cluster);
            }
        }
        Map<Cluster, PersonSlug> slugs = new LinkedHashMap<>();
        Set<String> taken = new LinkedHashSet<>();
        List<MachinePerson> people = new ArrayList<>();
        for (Cluster cluster : clusters) {
            String canonical = cluster.canonical();
            String slug = Ids.unique(Names.slug(canonical), taken);
            slugs.put(cluster, PersonSlug.of(slug));
            people.add(new MachinePerson(PersonSlug.of(slug), canonical, roles(cluster, canonical), variants(cluster, canonical),
                    flagged(cluster, canonical), gender(cluster), Map.copyOf(cluster.mentions), Map.copyOf(cluster.places)));
        }
        Map<ArticleId, Map<String, PersonSlug>> byKey = new LinkedHashMap<>();
        assignment.forEach((article, keys) -> {
            Map<String, PersonSlug> map = new HashMap<>();
            keys.forEach((key, cluster) -> map.put(key, slugs.get(cluster)));
            byKey.put(article, map);
        });
        return new Result(people, byKey);
    }

    private static Optional<Cluster> findFull(List<Cluster> clusters, String name) {
        String key = Names.key(name);
        for (Cluster cluster : clusters) {
            for (String spelling : cluster.spellings.keySet()) {
                if (Names.key(spelling).equals(key)) {
                    return Optional.of(cluster);
                }
            }
        }
        // The same first name and a surname one or two letters apart: the same person, misspelt.
        String first = Names.key(Names.firstWord(name));
        String surname = Names.lastWord(name);
        for (Cluster cluster : clusters) {
            for (String spelling : cluster.spellings.keySet()) {
                if (Names.words(spelling) >= 2 && Names.key(Names.firstWord(spelling)).equals(first)
                        && Names.nearMiss(Names.lastWord(spelling), surname)) {
                    return Optional.of(cluster);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Cluster> bySurname(List<Cluster> clusters, String word) {
        String key = Names.key(word);
        List<Cluster> exact = clusters.stream()
                .filter(c -> c.spellings.keySet().stream().anyMatch(s -> Names.words(s) >= 2 && Names.key(Names.lastWord(s)).equals(key)))
                .toList();
        if (exact.size() == 1) {
            return Optional.of(exact.getFirst());
        }
        if (!exact.isEmpty()) {
            return Optional.empty();
        }
        List<Cluster> single = clusters.stream()
                .filter(c -> c.spellings.keySet().stream().anyMatch(s -> Names.words(s) == 1 && Names.key(s).equals(key)))
                .toList();
        if (single.size() == 1) {
            return Optional.of(single.getFirst());
        }
        List<Cluster> near = clusters.stream()
                .filter(c -> c.spellings.keySet().stream().anyMatch(s -> Names.words(s) >= 2 && Names.nearMiss(Names.lastWord(s), word)))
                .toList();
        return near.size() == 1 ? Optional.of(near.getFirst()) : Optional.empty();
    }

    private static boolean ambiguous(List<Cluster> clusters, String word) {
        String key = Names.key(word);
        return clusters.stream()
                .filter(c -> c.spellings.keySet().stream().anyMatch(s -> Names.words(s) >= 2 && Names.key(Names.lastWord(s)).equals(key)))
                .count() > 1;
    }

    /** Roles as stated, most often stated first, each once whatever its case. */
    private static List<String> roles(Cluster cluster, String canonical) {
        Map<String, String> byKey = new LinkedHashMap<>();
        cluster.roles.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .filter(role -> !role.toLowerCase(Locale.ROOT).contains(Names.lastWord(canonical).toLowerCase(Locale.ROOT)))
                .forEach(role -> byKey.putIfAbsent(role.toLowerCase(Locale.ROOT).replace('’', '\''), role));
        return List.copyOf(byKey.values());
    }

    private static List<String> variants(Cluster cluster, String canonical) {
        Set<String> variants = new LinkedHashSet<>();
        for (String variant : cluster.variants) {
            if (!variant.equals(canonical)) {
                variants.add(variant);
            }
        }
        return List.copyOf(variants);
    }

    /** Spellings of the name that differ from the canonical one by a letter or two: probably misspellings. */
    private static List<String> flagged(Cluster cluster, String canonical) {
        String surname = Names.lastWord(canonical);
        List<String> flagged = new ArrayList<>();
        for (String variant : cluster.variants) {
            String variantSurname = Names.lastWord(variant);
            if (Names.nearMiss(variantSurname, surname)) {
                flagged.add(variant);
            }
        }
        return flagged;
    }

    private static String gender(Cluster cluster) {
        if (cluster.male > cluster.female) {
            return "MALE";
        }
        return cluster.female > cluster.male ? "FEMALE" : null;
    }
}
