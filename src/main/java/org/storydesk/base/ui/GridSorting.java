package org.storydesk.base.ui;

import java.util.List;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.storydesk.base.ListOrder;

/** The column an editor sorted a lazy grid by, as the order its list query takes. */
public final class GridSorting {

    private GridSorting() {
    }

    public static ListOrder of(List<QuerySortOrder> sorting) {
        return sorting.isEmpty() ? ListOrder.USUAL
                : new ListOrder(sorting.getFirst().getSorted(), sorting.getFirst().getDirection() == SortDirection.DESCENDING);
    }
}
