story "Fixture" id fixture
  maximum score 3

counter calls
counter knocks

scene cabin "Wireless Cabin"
  A cabin with a key and a door.
  thing key "morse key"
    nouns key
    fixed
  thing door "door"
    fixed
  on send sos
    You send SOS.
    add 1 to calls
    if calls >= 2
      award 1 point
  on knock on {door}
    Knock.
    add 1 to knocks
    if knocks = 2
      award 1 point
  on leave
    award 1 point
    end out

ending out "Out" success
  Bye.
