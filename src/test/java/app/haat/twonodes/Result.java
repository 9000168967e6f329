package app.haat.twonodes;

import java.util.ArrayList;
import java.util.List;

/** One property of the proof: its figures for the summary line and what failed, if anything. */
final class Result {

    final String name;
    final StringBuilder figures = new StringBuilder();
    final List<String> failures = new ArrayList<>();

    Result(String name) {
        this.name = name;
    }

    Result figure(String key, Object value) {
        figures.append(figures.isEmpty() ? "" : " ").append(key).append('=').append(value);
        return this;
    }

    /** Records a failure unless the condition holds. */
    Result expect(boolean condition, String failure) {
        if (!condition) {
            failures.add(failure);
        }
        return this;
    }

    boolean passed() {
        return failures.isEmpty();
    }

    @Override
    public String toString() {
        return name + "[" + (passed() ? "ok" : "FAIL") + (figures.isEmpty() ? "" : " " + figures) + "]";
    }
}
