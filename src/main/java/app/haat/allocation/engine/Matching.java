package app.haat.allocation.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Applicants matched to slot-and-class nodes of limited capacity, grown by augmenting paths. */
final class Matching {
    private final int[] capacity;
    private final List<List<Integer>> allowed;
    private final List<List<Integer>> occupants = new ArrayList<>();
    private final int[] nodeOf;

    Matching(int nodes, int[] capacity, List<List<Integer>> allowed, int applicants) {
        this.capacity = capacity;
        this.allowed = allowed;
        for (int n = 0; n < nodes; n++) {
            occupants.add(new ArrayList<>());
        }
        nodeOf = new int[applicants];
        Arrays.fill(nodeOf, -1);
    }

    int nodeCount() {
        return occupants.size();
    }

    List<Integer> occupants(int node) {
        return occupants.get(node);
    }

    int placedCount() {
        int count = 0;
        for (int node : nodeOf) {
            count += node >= 0 ? 1 : 0;
        }
        return count;
    }

    List<Integer> placed() {
        List<Integer> placed = new ArrayList<>();
        for (int a = 0; a < nodeOf.length; a++) {
            if (nodeOf[a] >= 0) {
                placed.add(a);
            }
        }
        return placed;
    }

    void reassign(int a, int node) {
        if (nodeOf[a] >= 0) {
            occupants.get(nodeOf[a]).remove(Integer.valueOf(a));
        }
        occupants.get(node).add(a);
        nodeOf[a] = node;
    }

    /** Places applicant {@code a}, moving placed applicants along an augmenting path if needed. */
    boolean augment(int a) {
        boolean[] seen = new boolean[occupants.size()];
        // an explicit search (breadth first) instead of recursion: paths can be long in big exhibitions
        int[] parentNode = new int[occupants.size()];
        int[] parentApplicant = new int[occupants.size()];
        Arrays.fill(parentNode, -2);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int node : allowed.get(a)) {
            if (!seen[node]) {
                seen[node] = true;
                parentNode[node] = -1;
                parentApplicant[node] = a;
                queue.add(node);
            }
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            if (occupants.get(node).size() < capacity[node]) {
                // walk back: each applicant on the path moves into the node that was reached through it
                int current = node;
                while (current >= 0) {
                    int mover = parentApplicant[current];
                    int previous = parentNode[current];
                    reassign(mover, current);
                    current = previous;
                }
                return true;
            }
            for (int other : occupants.get(node)) {
                for (int next : allowed.get(other)) {
                    if (!seen[next]) {
                        seen[next] = true;
                        parentNode[next] = node;
                        parentApplicant[next] = other;
                        queue.add(next);
                    }
                }
            }
        }
        return false;
    }
}
