// Graphviz's C API, plus inline functions for what Swift cannot import directly:
// function-like macros (ND_coord, GD_bb, LAYOUT_DONE, AGSEQ) and the global graph
// descriptors (Agdirected, Agundirected), which Swift 6 rejects as shared mutable state.
// Only the GraphRendering module imports this, as `internal import`.
#ifndef STRATEGYCIRCLE_CGRAPHVIZ_SHIM_H
#define STRATEGYCIRCLE_CGRAPHVIZ_SHIM_H

#include <gvc.h>
#include <cgraph.h>

/// A node's centre after layout, in points (y up).
static inline pointf gvx_node_coord(Agnode_t *n) { return ND_coord(n); }
/// A node's width and height after layout, in inches.
static inline double gvx_node_width(Agnode_t *n) { return ND_width(n); }
static inline double gvx_node_height(Agnode_t *n) { return ND_height(n); }
/// The graph's bounding box after layout, in points.
static inline boxf gvx_graph_bb(Agraph_t *g) { return GD_bb(g); }
/// 1 when a layout has been computed for g (gvLayoutDone() exists only from 2.49).
static inline int gvx_layout_done(Agraph_t *g) { return LAYOUT_DONE(g) ? 1 : 0; }
/// Creation order of a node or edge (cgraph iterates edges per tail, not in file order).
static inline unsigned long gvx_seq(void *obj) { return (unsigned long)AGSEQ(obj); }
/// An edge's tail and head (macros in 2.42, functions in later releases).
static inline Agnode_t *gvx_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *gvx_head(Agedge_t *e) { return aghead(e); }
static inline Agdesc_t gvx_directed(void) { return Agdirected; }
static inline Agdesc_t gvx_undirected(void) { return Agundirected; }
static inline Agdesc_t gvx_strict_directed(void) { return Agstrictdirected; }

#endif
