//! The review workbench: walk the goal tree, read the evidence, record a verdict.
