# The boat needs an oar nobody can find: only the failure ending can be reached.
story "Failure Only" id failure-only

scene shore "The Shore"
  A boat without an oar.
  on row
    only if holding oar, else "You have no oar."
    end crossed
  on give up
    end gave-up

thing oar "oar"
  An oar.

ending crossed "Across" success
  You cross.

ending gave-up "Gave Up" failure
  You go home.
