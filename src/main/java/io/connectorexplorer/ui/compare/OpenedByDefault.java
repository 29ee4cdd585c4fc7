package io.connectorexplorer.ui.compare;

import io.connectorexplorer.core.diff.DiffPath;
import io.connectorexplorer.core.diff.DiffPath.Segment;
import io.connectorexplorer.core.diff.DiffTree;
import io.connectorexplorer.core.diff.Difference;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which nodes the compare tree opens when it is shown: the way down to each difference, in the diff's order, while the
 * rows this shows stay within a budget. A connector whose thousands of parameters all changed thus opens a screenful,
 * not thirteen thousand rows; F7 opens the way to the differences past the budget when it gets there.
 */
final class OpenedByDefault {

    private OpenedByDefault() {}

    static Set<DiffPath> of(DiffTree tree, boolean differencesOnly, int rowBudget) {
        Set<DiffPath> opened = new HashSet<>();
        opened.add(DiffPath.root());
        int rows = shown(tree.root(), differencesOnly);
        for (Difference d : tree.differences()) {
            if (rows >= rowBudget) {
                break;
            }
            List<Segment> segments = d.path().segments();
            DiffTree.Node at = tree.root();
            for (Segment segment : segments.subList(0, Math.max(0, segments.size() - 1))) {
                at = at.child(segment);
                if (at == null) {
                    break;
                }
                if (!opened.contains(at.path())) {
                    int more = shown(at, differencesOnly);
                    if (rows + more > rowBudget) {
                        break;
                    }
                    opened.add(at.path());
                    rows += more;
                }
            }
        }
        return opened;
    }

    /** How many rows a node's children make when it is opened. */
    static int shown(DiffTree.Node node, boolean differencesOnly) {
        if (!differencesOnly) {
            return node.children().size();
        }
        int n = 0;
        for (DiffTree.Node child : node.children()) {
            if (child.isShownInDifferencesOnly()) {
                n++;
            }
        }
        return n;
    }
}
