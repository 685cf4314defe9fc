# The letter that would unlock the fact is never put into play.
story "Unobtainable Fact" id unobtainable-fact

scene study "The Study"
  A desk.
  on read letter
    only if holding letter, else "You have no letter."
    unlock fact secret
  on leave
    end out

thing letter "letter"
  A letter.

fact secret "The Secret"
  It was in the letter.

ending out "Out" success
  You leave.
