# Nothing leads to the attic.
story "Unreachable Scene" id unreachable-scene

scene hall "The Hall"
  A hall.
  on leave
    end out

scene attic "The Attic"
  Dust.
  fact attic-fact

fact attic-fact "The Attic"
  Only found in the attic.

ending out "Out" success
  You leave.
