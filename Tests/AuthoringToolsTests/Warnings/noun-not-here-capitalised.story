story "Fixture" id fixture

scene start "Start"
  Road works. A jeep waits here.
  exit east to bridge

scene bridge "Bridge"
  The road ends at a broken bridge.
  thing road "road"
    fixed
    Mud.
  on leave
    end out

ending out "Out" success
  Bye.
