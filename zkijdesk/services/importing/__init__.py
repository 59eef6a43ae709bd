"""Moving in: a team's spreadsheets into the store, with a preview and an undo.

The steps, each its own module: ``readers`` turns a file into rows of cell values,
``mapping`` matches the columns to zkijdesk's fields, ``values`` turns cells into
canonical values with the intake form's own checks, ``plan`` says per row what would
happen (and writes nothing), ``write`` does it in one transaction, ``undo`` takes a
batch back, ``report`` and ``template`` write spreadsheets. ``service`` ties them
together for the CLI and the wizard.
"""
