package org.warrant.editor.ui;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.data.provider.hierarchy.AbstractHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import org.warrant.maps.MapNode;
import org.warrant.maps.OpenedMap;

/**
 * The outline's rows, read straight from the map's shared snapshot: the grid gets node ids, and no editor
 * keeps its own copy of the tree.
 */
class OutlineData extends AbstractHierarchicalDataProvider<Long, Void> {

    private OpenedMap content;

    void show(OpenedMap newContent) {
        this.content = newContent;
        refreshAll();
    }

    private List<MapNode> childrenOf(Long parentId) {
        if (content == null) {
            return List.of();
        }
        return content.tree().childrenOf(parentId);
    }

    @Override
    public int getChildCount(HierarchicalQuery<Long, Void> query) {
        return childrenOf(query.getParent()).size();
    }

    @Override
    public Stream<Long> fetchChildren(HierarchicalQuery<Long, Void> query) {
        return childrenOf(query.getParent()).stream().skip(query.getOffset()).limit(query.getLimit()).map(MapNode::id);
    }

    @Override
    public boolean hasChildren(Long id) {
        return !childrenOf(id).isEmpty();
    }

    @Override
    public Long getParent(Long id) {
        MapNode node = content == null ? null : content.node(id);
        return node == null ? null : node.parentId();
    }

    @Override
    public boolean isInMemory() {
        return true;
    }
}
