package app.haat.allocation.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Min-cost flow by successive shortest paths (queue-based Bellman-Ford, so negative residual costs are fine). */
final class MinCostFlow {

    private final List<int[]> edges = new ArrayList<>(); // {to, capacity, cost, reverse index}
    private final List<List<Integer>> out = new ArrayList<>();
    private final List<Integer> from = new ArrayList<>();

    MinCostFlow(int nodes) {
        for (int i = 0; i < nodes; i++) {
            out.add(new ArrayList<>());
        }
    }

    /** Adds an edge and its residual twin; answers the edge's id. */
    int addEdge(int u, int v, int capacity, int cost) {
        int id = edges.size();
        edges.add(new int[] {v, capacity, cost, id + 1});
        from.add(u);
        edges.add(new int[] {u, 0, -cost, id});
        from.add(v);
        out.get(u).add(id);
        out.get(v).add(id + 1);
        return id;
    }

    /** True when the edge carries flow. */
    boolean used(int edge) {
        return edges.get(edges.get(edge)[3])[1] > 0;
    }

    /** Sends up to {@code limit} units from source to sink at least cost; answers how many were sent. */
    int run(int source, int sink, int limit) {
        int n = out.size();
        long[] distance = new long[n];
        int[] via = new int[n];
        boolean[] queued = new boolean[n];
        int sent = 0;
        while (sent < limit) {
            Arrays.fill(distance, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            distance[source] = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(source);
            queued[source] = true;
            while (!queue.isEmpty()) {
                int u = queue.poll();
                queued[u] = false;
                for (int id : out.get(u)) {
                    int[] e = edges.get(id);
                    if (e[1] > 0 && distance[u] + e[2] < distance[e[0]]) {
                        distance[e[0]] = distance[u] + e[2];
                        via[e[0]] = id;
                        if (!queued[e[0]]) {
                            queued[e[0]] = true;
                            queue.add(e[0]);
                        }
                    }
                }
            }
            if (distance[sink] == Long.MAX_VALUE) {
                break;
            }
            for (int v = sink; v != source; v = from.get(via[v])) {
                int[] e = edges.get(via[v]);
                e[1] -= 1;
                edges.get(e[3])[1] += 1;
            }
            sent++;
        }
        return sent;
    }
}
