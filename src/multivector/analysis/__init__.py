"""Analysis over the event store: event clusters, dyad series, the multi-vector (tilt) index, regional
courtship, the actor network and plots. Every measure counts event clusters, not mentions, and only
``asserted`` events unless asked (DESIGN §3). Plots and the network import matplotlib/networkx lazily.
"""

from __future__ import annotations

from multivector.analysis.clusters import ClusterUpdate, update_clusters
from multivector.analysis.courtship import courtship
from multivector.analysis.dyads import dyad_series
from multivector.analysis.links import FREQS, StoreLike
from multivector.analysis.matching import ClusterRule
from multivector.analysis.members import Members, identity_members, kb_members
from multivector.analysis.tilt import DEFAULT_POLES, TiltOptions, TiltResult, tilt, tilt_table

__all__ = [
    "DEFAULT_POLES", "FREQS", "ClusterRule", "ClusterUpdate", "Members", "StoreLike", "TiltOptions",
    "TiltResult", "courtship", "dyad_series", "identity_members", "kb_members", "tilt", "tilt_table",
    "update_clusters",
]
