# A crew of three, named with a comma: `verify` must ask them about each topic as a player would
# (`ask mcdonnell about flares`), not as two commands split at the comma.
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
  on leave
    end left

ending left "Left" success
  You leave.
