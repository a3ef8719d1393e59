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


def test_for_one_gives_back_what_make_gave_for_the_very_same_object():
    memo: IdentityMemo[str] = IdentityMemo()
    made = []

    def name_of(thing: Thing) -> str:
        made.append(thing)
        return thing.name

    first, again = Thing("a"), Thing("a")
    assert memo.for_one(first, name_of) == "a"
    memo.forget_unused()
    assert memo.for_one(first, name_of) == "a"
    assert made == [first]
    assert memo.for_one(again, lambda thing: "equal, not the same") == "equal, not the same"


def test_for_one_and_get_do_not_mix_up_their_values():
    memo: IdentityMemo[str] = IdentityMemo()
    a = Thing("a")
    assert memo.for_one(a, lambda thing: "one") == "one"
    assert memo.get((a,), lambda: "tuple") == "tuple"
    assert memo.for_one(a, lambda thing: "again") == "one"


def test_for_one_never_gives_an_old_value_to_an_object_with_a_reused_id():
    memo: IdentityMemo[str] = IdentityMemo()
    memo.for_one(Thing("gone"), lambda thing: "old")  # kept alive by the memo, so its id stays taken
    memo.forget_unused()
    for _ in range(1000):
        assert memo.for_one(Thing("new"), lambda thing: "new") == "new"
