# The bridge behind the yard cannot be crossed back: go on without the key and you are stranded.
story "Soft-lock" id soft-lock

scene yard "The Yard"
  A yard with a rusty key on a nail.
  exit east to bridge
  thing key "rusty key"
    A rusty key.

scene bridge "The Bridge"
  A rotten bridge gives way behind you.
  exit east to gate

scene gate "The Gate"
  A locked gate.
  on unlock gate
    only if holding key, else "You need the key."
    end free

ending free "Free" success
  You are out.
