package org.storydesk.analysis.merging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p>Full names are merged in the order the articles came, each against the people so far;
 * a surname alone is decided against everyone with a full name. The merger keeps its people and
 * their indexes, so a new article is merged by looking up its names, not by comparing them with
 * everyone. A person's slug is taken from the first name they were known by and never changes,
 * so editors' notes and corrections stay on them however the spelling that wins changes.
 */
final class PeopleMerger {

    /** Where a name stood in the order of the story: for ties between roles and spellings, the first seen wins. */
    private record Seen(int article, int entry) implements Comparable<Seen> {
        @Override
        public int compareTo(Seen other) {
            return article != other.article ? Integer.compare(article, other.article) : Integer.compare(entry, other.entry);
        }
    }

    static final class Cluster {
        final int order;
        final PersonSlug slug;
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        final Map<String, Integer> roles = new HashMap<>();
        final Map<String, Seen> roleSeen = new HashMap<>();
        final Map<String, Seen> variants = new HashMap<>();
        final Map<ArticleId, Integer> mentions = new LinkedHashMap<>();
        final Map<ArticleId, List<MachinePerson.Place>> places = new LinkedHashMap<>();
        int male;
        int female;

        Cluster(int order, PersonSlug slug) {
            this.order = order;
            this.slug = slug;
        }

        String canonical() {
            // The fullest form; among equally full spellings, the one most of the coverage uses.
            int words = spellings.keySet().stream().mapToInt(Names::words).max().orElseThrow();
            return spellings.entrySet().stream()
                    .filter(e -> Names.words(e.getKey()) == words)
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElseThrow();
        }

        private void add(ArticleId article, PersonFound person, Seen seen) {
            spellings.merge(person.key(), person.mentions().size(), Integer::sum);
            person.variants().forEach(variant -> variants.merge(variant, seen, (a, b) -> a.compareTo(b) <= 0 ? a : b));
            person.roles().forEach(role -> {
                roles.merge(role, 1, Integer::sum);
                roleSeen.merge(role, seen, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            });
            mentions.merge(article, person.mentions().size(), Integer::sum);
            person.mentions().forEach(span -> places.computeIfAbsent(article, a -> new ArrayList<>())
                    .add(new MachinePerson.Place(span.start(), span.end())));
            if (person.gender() == Gender.MALE) {
                male++;
            } else if (person.gender() == Gender.FEMALE) {
                female++;
            }
        }

        MachinePerson person() {
            String canonical = canonical();
            List<String> orderedVariants = variants.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
            return new MachinePerson(slug, canonical, roles(canonical), orderedVariants.stream().filter(v -> !v.equals(canonical)).toList(),
                    flagged(orderedVariants, canonical), gender(), Map.copyOf(mentions), copy(places));
        }

        /** Roles as stated, most often stated first, each once whatever its case. */
        private List<String> roles(String canonical) {
            Map<String, String> byKey = new LinkedHashMap<>();
            String surname = Names.lastWord(canonical).toLowerCase(Locale.ROOT);
            roles.keySet().stream()
                    .sorted(Comparator.<String>comparingInt(roles::get).reversed().thenComparing(roleSeen::get))
                    .filter(role -> !role.toLowerCase(Locale.ROOT).contains(surname))
                    .forEach(role -> byKey.putIfAbsent(role.toLowerCase(Locale.ROOT).replace('’', '\''), role));
            return List.copyOf(byKey.values());
        }

        /** Spellings of the name that differ from the canonical one by a letter or two: probably misspellings. */
        private static List<String> flagged(List<String> variants, String canonical) {
            String surname = Names.lastWord(canonical);
            return variants.stream().filter(variant -> Names.nearMiss(Names.lastWord(variant), surname)).toList();
        }

        private String gender() {
            if (male > female) {
                return "MALE";
            }
            return female > male ? "FEMALE" : null;
        }

        private static Map<ArticleId, List<MachinePerson.Place>> copy(Map<ArticleId, List<MachinePerson.Place>> places) {
            Map<ArticleId, List<MachinePerson.Place>> copy = new HashMap<>();
            places.forEach((article, list) -> copy.put(article, List.copyOf(list)));
            return Map.copyOf(copy);
        }
    }

    /** How every mention of a surname alone is merged: into one person, into a person of its own, or into no one. */
    private sealed interface Decision {
        record Join(Cluster person) implements Decision {
        }

        record Own() implements Decision {
        }

        record Nobody() implements Decision {
        }
    }

    /** A surname alone in one article, and the person it went to (null: to no one). */
    private static final class Single {
        final ArticleId article;
        final PersonFound found;
        final Seen seen;
        Cluster assigned;

        Single(ArticleId article, PersonFound found, Seen seen) {
            this.article = article;
            this.found = found;
            this.seen = seen;
        }
    }

    /** Every mention of one surname alone (by its key), in the order they came, and where they went. */
    private static final class Surname {
        final String key;
        final List<Single> mentions = new ArrayList<>();
        Decision decision;
        Cluster own;

        Surname(String key) {
            this.key = key;
        }
    }

    private final List<PersonSplit> apart;
    private final List<Cluster> clusters = new ArrayList<>();
    private final Set<String> takenSlugs = new HashSet<>();
    private final Map<ArticleId, Map<String, Cluster>> assignment = new LinkedHashMap<>();
    private final Map<ArticleId, Integer> articleOrder = new HashMap<>();

    // Indexes of the full names (two words or more) people are known by.
    private final Map<String, List<Cluster>> byFullKey = new HashMap<>();
    private final Map<String, List<Cluster>> byFirstName = new HashMap<>();
    private final Map<String, List<Cluster>> bySurname = new HashMap<>();
    private final NearSpellings surnames = new NearSpellings();
    // Surnames standing alone, by key, in the order they first came.
    private final Map<String, Surname> alone = new LinkedHashMap<>();
    private final NearSpellings aloneKeys = new NearSpellings();
    private final Set<String> ownSlugs = new HashSet<>();

    PeopleMerger(List<PersonSplit> apart) {
        this.apart = List.copyOf(apart);
    }

    /** The people of a whole story, merged at once: every full name first, then every surname alone. */
    static PeopleMerger of(Map<ArticleId, List<PersonFound>> byArticle, List<PersonSplit> apart) {
        PeopleMerger merger = new PeopleMerger(apart);
        for (var entry : byArticle.entrySet()) {
            merger.addFullNames(entry.getKey(), entry.getValue());
        }
        for (var entry : byArticle.entrySet()) {
            merger.collectSurnames(entry.getKey(), entry.getValue());
        }
        for (Surname surname : merger.alone.values()) {
            merger.decide(surname);
            merger.assign(surname);
        }
        return merger;
    }

    /**
     * Adds one more article's people to the story. Returns the people it touched, or null where the
     * article changes how an earlier article's surname alone is read (a second person of that
     * surname, or the first with a full name): then the story must be merged again as a whole.
     */
    Set<Cluster> add(ArticleId article, List<PersonFound> people) {
        // A full name whose slug a surname alone already holds would have had it first in a merge of the whole story.
        for (PersonFound person : people) {
            if (Names.words(person.key()) >= 2 && findFull(person.key()) == null && ownSlugs.contains(Names.slug(person.key()))) {
                return null;
            }
        }
        Set<Cluster> touched = new LinkedHashSet<>(addFullNames(article, people));
        Set<String> affected = new LinkedHashSet<>();
        for (Cluster cluster : touched) {
            for (String spelling : cluster.spellings.keySet()) {
                if (Names.words(spelling) >= 2) {
                    affected.addAll(aloneKeys.near(Names.key(Names.lastWord(spelling))));
                }
            }
        }
        for (String key : affected) {
            Surname surname = alone.get(key);
            if (!decisionFor(surname.key, surname.mentions.getFirst()).equals(surname.decision)) {
                return null;
            }
        }
        for (Single single : collectSurnames(article, people)) {
            Surname surname = alone.get(Names.key(single.found.key()));
            if (surname.decision == null) {
                decide(surname);
            }
            Cluster assigned = place(surname, single);
            if (assigned != null) {
                touched.add(assigned);
            }
        }
        return touched;
    }

    /** Phase one: full names in the order they come, each joining the first person it names, or a new one. */
    private List<Cluster> addFullNames(ArticleId article, List<PersonFound> people) {
        int articleIndex = articleOrder.computeIfAbsent(article, a -> articleOrder.size());
        List<Cluster> touched = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            PersonFound person = people.get(i);
            if (Names.words(person.key()) < 2) {
                continue;
            }
            Cluster cluster = findFull(person.key());
            if (cluster == null) {
                cluster = create(person.key());
            }
            addSpelling(cluster, person.key());
            cluster.add(article, person, new Seen(articleIndex, i));
            assignment.computeIfAbsent(article, k -> new HashMap<>()).put(person.key(), cluster);
            touched.add(cluster);
        }
        return touched;
    }

    private List<Single> collectSurnames(ArticleId article, List<PersonFound> people) {
        int articleIndex = articleOrder.computeIfAbsent(article, a -> articleOrder.size());
        List<Single> singles = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            PersonFound person = people.get(i);
            if (Names.words(person.key()) >= 2) {
                continue;
            }
            String key = Names.key(person.key());
            Surname surname = alone.computeIfAbsent(key, k -> {
                aloneKeys.add(k);
                return new Surname(k);
            });
            Single single = new Single(article, person, new Seen(articleIndex, i));
            surname.mentions.add(single);
            singles.add(single);
        }
        return singles;
    }

    private void decide(Surname surname) {
        surname.decision = decisionFor(surname.key, surname.mentions.getFirst());
    }

    /** Where the first mention of a surname alone goes, given the full names of the story. */
    private Decision decisionFor(String key, Single first) {
        List<Cluster> exact = bySurname.getOrDefault(key, List.of());
        if (exact.size() == 1) {
            return new Decision.Join(exact.getFirst());
        }
        if (exact.size() > 1) {
            return new Decision.Nobody(); // two people of the story share this surname: it names neither for sure
        }
        Set<Cluster> near = new LinkedHashSet<>();
        for (String surname : surnames.near(key)) {
            if (Names.nearMiss(surname, first.found.key())) {
                near.addAll(bySurname.getOrDefault(surname, List.of()));
            }
        }
        return near.size() == 1 ? new Decision.Join(near.iterator().next()) : new Decision.Own();
    }

    private void assign(Surname surname) {
        for (Single single : surname.mentions) {
            place(surname, single);
        }
    }

    private Cluster place(Surname surname, Single single) {
        Cluster cluster = switch (surname.decision) {
            case Decision.Join join -> join.person();
            case Decision.Nobody nobody -> null;
            case Decision.Own own -> {
                if (surname.own == null) {
                    surname.own = create(single.found.key());
                    ownSlugs.add(Names.slug(single.found.key()));
                }
                yield surname.own;
            }
        };
        single.assigned = cluster;
        if (cluster != null) {
            cluster.add(single.article, single.found, single.seen);
            assignment.computeIfAbsent(single.article, k -> new HashMap<>()).put(single.found.key(), cluster);
        }
        return cluster;
    }

    private Cluster create(String name) {
        Cluster cluster = new Cluster(clusters.size(), PersonSlug.of(Ids.unique(Names.slug(name), takenSlugs)));
        clusters.add(cluster);
        return cluster;
    }

    private void addSpelling(Cluster cluster, String spelling) {
        if (cluster.spellings.containsKey(spelling)) {
            return;
        }
        cluster.spellings.put(spelling, 0);
        index(byFullKey, Names.key(spelling), cluster);
        index(byFirstName, Names.key(Names.firstWord(spelling)), cluster);
        String surname = Names.key(Names.lastWord(spelling));
        index(bySurname, surname, cluster);
        surnames.add(surname);
    }

    private static void index(Map<String, List<Cluster>> index, String key, Cluster cluster) {
        List<Cluster> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(cluster)) {
            list.add(cluster);
            list.sort(Comparator.comparingInt(c -> c.order));
        }
    }

    private Cluster findFull(String name) {
        String key = Names.key(name);
        for (Cluster cluster : byFullKey.getOrDefault(key, List.of())) {
            if (!keptApart(cluster, name)) {
                return cluster;
            }
        }
        // The same first name and a surname one or two letters apart: the same person, misspelt.
        String first = Names.key(Names.firstWord(name));
        String surname = Names.lastWord(name);
        for (Cluster cluster : byFirstName.getOrDefault(first, List.of())) {
            if (keptApart(cluster, name)) {
                continue;
            }
            for (String spelling : cluster.spellings.keySet()) {
                if (Names.words(spelling) >= 2 && Names.key(Names.firstWord(spelling)).equals(first)
                        && Names.nearMiss(Names.lastWord(spelling), surname)) {
                    return cluster;
                }
            }
        }
        return null;
    }

    /** Whether editors said a name is someone other than the person this cluster is (by the full names they are known by). */
    private boolean keptApart(Cluster cluster, String name) {
        for (PersonSplit split : apart) {
            boolean nameIsSplit = names(split.name(), name);
            boolean nameIsPerson = names(split.apartFrom(), name);
            if (!nameIsSplit && !nameIsPerson) {
                continue;
            }
            for (String spelling : cluster.spellings.keySet()) {
                if (Names.words(spelling) < 2) {
                    continue;
                }
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

    List<Cluster> clusters() {
        return clusters;
    }

    /** For each article, which person of the story each of its person keys is. */
    Map<ArticleId, Map<String, PersonSlug>> slugs() {
        Map<ArticleId, Map<String, PersonSlug>> byKey = new LinkedHashMap<>();
        assignment.forEach((article, keys) -> byKey.put(article, slugsOf(keys)));
        return byKey;
    }

    Map<String, PersonSlug> slugs(ArticleId article) {
        return slugsOf(assignment.getOrDefault(article, Map.of()));
    }

    private static Map<String, PersonSlug> slugsOf(Map<String, Cluster> keys) {
        Map<String, PersonSlug> map = new HashMap<>();
        keys.forEach((key, cluster) -> map.put(key, cluster.slug));
        return map;
    }

    /**
     * Names that are one or two letters apart, found by what they share when a letter or two is
     * left out of each (a symmetric-deletion index): every pair a Damerau–Levenshtein distance of
     * two or less apart shares such a form, so no near spelling is missed, and none is compared
     * with the whole story.
     */
    private static final class NearSpellings {
        private final Map<String, Set<String>> byDeletion = new HashMap<>();
        private final Set<String> known = new HashSet<>();

        void add(String key) {
            if (known.add(key)) {
                for (String deletion : deletions(key)) {
                    byDeletion.computeIfAbsent(deletion, d -> new LinkedHashSet<>()).add(key);
                }
            }
        }

        /** Known keys that may be a letter or two from this one (itself included, if known). */
        Set<String> near(String key) {
            Set<String> near = new LinkedHashSet<>();
            for (String deletion : deletions(key)) {
                near.addAll(byDeletion.getOrDefault(deletion, Set.of()));
            }
            return near;
        }

        private static Collection<String> deletions(String key) {
            Set<String> result = new HashSet<>();
            result.add(key);
            for (int i = 0; i < key.length(); i++) {
                String one = key.substring(0, i) + key.substring(i + 1);
                result.add(one);
                for (int j = 0; j < one.length(); j++) {
                    result.add(one.substring(0, j) + one.substring(j + 1));
                }
            }
            return result;
        }
    }
}
