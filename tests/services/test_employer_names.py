"""A client file names the employers of its placements, and only those are read."""

from __future__ import annotations


def test_names_of_just_the_asked_employers(services):
    a = services.employers.create_employer("Zorgbalans")
    b = services.employers.create_employer("Tata Steel")
    services.employers.create_employer("Gemeente Haarlem")
    assert services.employers.names([a.id, None, a.id]) == {a.id: "Zorgbalans"}
    assert services.employers.names(iter([b.id, a.id])) == {a.id: "Zorgbalans", b.id: "Tata Steel"}
    assert services.employers.names([]) == {}
    assert services.employers.names([10**6]) == {}
