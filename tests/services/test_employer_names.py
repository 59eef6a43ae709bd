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


def test_a_picker_finds_employers_by_part_of_the_name_as_typed(services):
    """What the placement's employer picker lists for what the user typed (issue 17)."""
    for name in ("Zorgbalans", "Tata Steel", "Gemeente Haarlem", "Haarlemse Zorg 100%"):
        services.employers.create_employer(name)
    found = services.employers.search_names
    assert [name for _id, name in found("zorg")] == ["Haarlemse Zorg 100%", "Zorgbalans"]
    assert [name for _id, name in found("  HAARLEM ")] == [
        "Gemeente Haarlem",
        "Haarlemse Zorg 100%",
    ]
    # A wildcard typed is a character, not "anything".
    assert [name for _id, name in found("100%")] == ["Haarlemse Zorg 100%"]
    assert [name for _id, name in found("_")] == []
    assert found("bakkerij") == []
    # Nothing typed yet: the first names, never more than asked.
    assert [name for _id, name in found("", limit=2)] == ["Gemeente Haarlem", "Haarlemse Zorg 100%"]
