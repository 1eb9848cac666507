"""New record ids are random version-4 UUIDs, never handed out twice."""

from __future__ import annotations

import multiprocessing
import uuid
from multiprocessing.connection import Connection

from desktop.core.models import new_id


def test_ids_are_version_4_uuids_in_their_usual_form_and_all_different() -> None:
    ids = [new_id() for _ in range(5000)]  # several batches
    assert len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
    # the random digits are spread: every hex digit turns up in the first place
    assert {text[0] for text in ids} == set("0123456789abcdef")
    assert {text[19] for text in ids} == set("89ab")


def _ids_of_child(connection: Connection) -> None:
    connection.send([new_id() for _ in range(1000)])
    connection.close()


def test_a_forked_process_never_repeats_the_parents_ids() -> None:
    new_id()  # the parent now holds ids it has not handed out yet
    receiving, sending = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_ids_of_child,
                                                        args=(sending,))
    child.start()
    theirs = receiving.recv()
    child.join()
    ours = [new_id() for _ in range(1000)]
    assert not set(theirs) & set(ours)
