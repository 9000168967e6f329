package app.haat.allocation.engine;

import java.util.Arrays;

/**
 * Min-cost flow by successive shortest paths (queue-based Bellman-Ford, so negative residual costs are fine). Edges,
 * adjacency and the queue are plain int arrays: boxing integers took most of a state-wide round (measured with JFR).
 * Edges are visited in the order they were added, so the flow found does not depend on the representation.
 */
final class MinCostFlow {

    private int[] to = new int[64];
    private int[] capacity = new int[64];
    private int[] cost = new int[64];
    private int[] origin = new int[64];
    private int edgeCount;
    private final int[][] out;
    private final int[] outCount;

    MinCostFlow(int nodes) {
        out = new int[nodes][];
        outCount = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            out[i] = new int[4];
        }
    }

    /** Adds an edge and its residual twin (its id + 1); answers the edge's id. */
    int addEdge(int u, int v, int capacity, int cost) {
        int id = edgeCount;
        if (id + 2 > to.length) {
            int size = to.length * 2;
            to = Arrays.copyOf(to, size);
            this.capacity = Arrays.copyOf(this.capacity, size);
            this.cost = Arrays.copyOf(this.cost, size);
            origin = Arrays.copyOf(origin, size);
        }
        set(id, u, v, capacity, cost);
        set(id + 1, v, u, 0, -cost);
        edgeCount += 2;
        link(u, id);
        link(v, id + 1);
        return id;
    }

    private void set(int id, int u, int v, int edgeCapacity, int edgeCost) {
        origin[id] = u;
        to[id] = v;
        capacity[id] = edgeCapacity;
        cost[id] = edgeCost;
    }

    private void link(int node, int edge) {
        if (outCount[node] == out[node].length) {
            out[node] = Arrays.copyOf(out[node], out[node].length * 2);
        }
        out[node][outCount[node]++] = edge;
    }

    /** True when the edge carries flow. */
    boolean used(int edge) {
        return capacity[edge ^ 1] > 0;
    }

    /** Sends up to {@code limit} units from source to sink at least cost; answers how many were sent. */
    int run(int source, int sink, int limit) {
        int n = out.length;
        long[] distance = new long[n];
        int[] via = new int[n];
        boolean[] queued = new boolean[n];
        int[] queue = new int[n + 1]; // a ring: a node is in the queue at most once
        int sent = 0;
        while (sent < limit) {
            Arrays.fill(distance, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            distance[source] = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = source;
            queued[source] = true;
            while (head != tail) {
                int u = queue[head];
                head = head + 1 == queue.length ? 0 : head + 1;
                queued[u] = false;
                int[] edges = out[u];
                for (int k = 0, count = outCount[u]; k < count; k++) {
                    int id = edges[k];
                    int v = to[id];
                    if (capacity[id] > 0 && distance[u] + cost[id] < distance[v]) {
                        distance[v] = distance[u] + cost[id];
                        via[v] = id;
                        if (!queued[v]) {
                            queued[v] = true;
                            queue[tail] = v;
                            tail = tail + 1 == queue.length ? 0 : tail + 1;
                        }
                    }
                }
            }
            if (distance[sink] == Long.MAX_VALUE) {
                break;
            }
            for (int v = sink; v != source; v = origin[via[v]]) {
                int id = via[v];
                capacity[id] -= 1;
                capacity[id ^ 1] += 1;
            }
            sent++;
        }
        return sent;
    }
}
