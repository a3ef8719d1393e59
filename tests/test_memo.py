"""memo.IdentityMemo: a value comes back for the very same objects, and only for them."""

from briefing.memo import IdentityMemo


class Thing:
    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other) -> bool:  # equal things are still different objects
        return isinstance(other, Thing) and other.name == self.name

    __hash__ = object.__hash__


def test_the_same_objects_give_back_the_value_made_from_them():
    memo: IdentityMemo[str] = IdentityMemo()
    made = []
    a, b = Thing("a"), Thing("b")

    def make() -> str:
        made.append(1)
        return f"{a.name}+{b.name}"

    assert memo.get((a, b), make) == "a+b"
    memo.forget_unused()
    assert memo.get((a, b), make) == "a+b"
    assert len(made) == 1


def test_an_equal_but_new_object_is_made_again():
    memo: IdentityMemo[int] = IdentityMemo()
    first, again = Thing("a"), Thing("a")
    assert first == again
    assert memo.get((first,), lambda: 1) == 1
    assert memo.get((again,), lambda: 2) == 2


def test_the_key_tells_apart_values_made_from_the_same_objects():
    memo: IdentityMemo[str] = IdentityMemo()
    a = Thing("a")
    assert memo.get((a,), lambda: "small", key="small model") == "small"
    assert memo.get((a,), lambda: "large", key="large model") == "large"
    assert memo.get((a,), lambda: "again", key="small model") == "small"


def test_what_a_build_did_not_ask_for_is_forgotten():
    memo: IdentityMemo[str] = IdentityMemo()
    kept, dropped = Thing("kept"), Thing("dropped")
    memo.get((kept,), lambda: "kept")
    memo.get((dropped,), lambda: "dropped")
    memo.forget_unused()
    memo.get((kept,), lambda: "made again")  # the next build asks only for this one
    memo.forget_unused()
    assert len(memo) == 1
    assert memo.get((kept,), lambda: "made again") == "kept"
    assert memo.get((dropped,), lambda: "made again") == "made again"


def test_an_id_reused_by_a_new_object_never_gives_the_old_value():
    memo: IdentityMemo[str] = IdentityMemo()
    memo.get((Thing("gone"),), lambda: "old")  # the memo keeps the object alive, so its id stays taken
    memo.forget_unused()
    for _ in range(1000):
        assert memo.get((Thing("new"),), lambda: "new") == "new"
