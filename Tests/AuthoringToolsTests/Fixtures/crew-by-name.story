# A crew of three, named with a comma: `verify` must ask them about each topic as a player would
# (`ask mcdonnell about flares`), not as two commands split at the comma; and two topics that
# open with the same phrase are each asked by a phrase of their own.
story "Crew By Name" id crew-by-name

scene street "The Street"
  An empty street.
  person crew "McDonnell, Huff and Staub"
    nouns mcdonnell, huff, staub, crew
    Your three men.
    talk
      "Quiet town," says McDonnell.
    about flares, flare
      "Not one flare," says McDonnell.
    about flag
      "A flag would do it," says McDonnell.
    about photo, picture
      only if not shown
      "Later," says McDonnell.
    about photo, snapshot
      Huff shows you a photograph from home.
      set shown
  on leave
    end left

ending left "Left" success
  You leave.
