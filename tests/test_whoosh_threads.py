"""Searchers opened by worker threads are closed with the engine, not left to the garbage collector."""

import gc
import threading
import warnings

from search import Archive


def test_searchers_of_ended_threads_leave_no_open_index_files(corpus_archive_dir):
    archive = Archive.open(corpus_archive_dir)
    totals = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        workers = [
            threading.Thread(target=lambda: totals.append(archive.search("mensenhandel").total)) for _ in range(3)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        gc.collect()  # the ended threads' slots are gone now
        archive.search("mensenhandel")  # a searcher of this thread too
        archive.close()
        gc.collect()
    assert len(totals) == 3 and totals[0] > 0 and len(set(totals)) == 1
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []
