package io.loclint.engine.fix;

import io.loclint.engine.result.Edit;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextEditsTest {
    private static final String TWENTY = IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i + "\n")
            .collect(Collectors.joining());

    @Test
    void editsAreMadeOnceAndOneOverlappingAnotherIsLeftOut() {
        Edit removeWord = Edit.deletion(new Span(1, 7, 1, 13));
        Edit overlapping = new Edit(new Span(1, 10, 1, 16), "X");
        TextEdits.Applied applied = new TextEdits("keep, remove, keep\n")
                .apply(List.of(overlapping, removeWord, removeWord));
        assertEquals("keep, , keep\n", applied.text());
        assertEquals(List.of(removeWord), applied.edits());
    }

    @Test
    void anEditOutsideTheTextIsLeftOut() {
        TextEdits.Applied applied = new TextEdits("a\nb\n").apply(List.of(new Edit(new Span(2, 5, 2, 6), "x"),
                new Edit(new Span(4, 1, 4, 1), "y")));
        assertEquals("a\nb\n", applied.text());
        assertEquals(List.of(), applied.edits());
    }

    @Test
    void diffHasThreeLinesOfContextAndJoinsNearbyChangesIntoOneHunk() {
        TextEdits text = new TextEdits(TWENTY);
        TextEdits.Applied applied = text.apply(List.of(
                new Edit(new Span(2, 6, 2, 7), "two"),
                Edit.deletion(new Span(8, 1, 9, 1)),
                Edit.insertion(18, 1, "inserted\n")));
        assertEquals("""
                --- a/f.txt
                +++ b/f.txt
                @@ -1,11 +1,10 @@
                 line 1
                -line 2
                +line two
                 line 3
                 line 4
                 line 5
                 line 6
                 line 7
                -line 8
                 line 9
                 line 10
                 line 11
                @@ -15,6 +14,7 @@
                 line 15
                 line 16
                 line 17
                +inserted
                 line 18
                 line 19
                 line 20
                """, text.diff("f.txt", applied.edits()));
    }

    @Test
    void diffMarksAMissingFinalNewlineAndKeepsCarriageReturns() {
        TextEdits text = new TextEdits("a\r\nb  # x");
        TextEdits.Applied applied = text.apply(List.of(Edit.deletion(new Span(2, 2, 2, 7))));
        assertEquals("a\r\nb", applied.text());
        assertEquals("--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\r\n-b  # x\n\\ No newline at end of file\n+b\n"
                + "\\ No newline at end of file\n", text.diff("f", applied.edits()));
    }

    @Test
    void removingTheOnlyLineGivesAnEmptyRange() {
        TextEdits text = new TextEdits("# gone\n");
        TextEdits.Applied applied = text.apply(List.of(Edit.deletion(new Span(1, 1, 2, 1))));
        assertEquals("", applied.text());
        assertEquals("--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-# gone\n", text.diff("f", applied.edits()));
    }

    @Test
    void anEditThatChangesNothingIsNoDiff() {
        TextEdits text = new TextEdits("same\n");
        assertEquals("", text.diff("f", text.apply(List.of(new Edit(new Span(1, 1, 1, 5), "same"))).edits()));
    }
}
