"""Qt-free workflows, one module per role (judge, chair, organizer), over `services`.

A view asks its controller to do something and shows what comes back; the controller holds the
workflow's state and decisions (what to run, when a rerun is due, whether an export is signed),
so a workflow is testable without widgets. Controllers import `services` and `core` only.
"""
