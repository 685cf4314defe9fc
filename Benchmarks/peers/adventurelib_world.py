#!/usr/bin/env python3
"""Renders the shared catalogue world (../shared/bench/world.py) as an adventurelib 1.2.1 game
(a Python program), with its walkthrough as a command list.

    python3 Benchmarks/peers/adventurelib_world.py WORLD.json OUT.py OUT.commands

Rooms, items and bags are adventurelib's; movement checks the gates, UNLOCK ... WITH opens a
gate for good and uses the key up, and taking the crown wins and ends the game.
"""
import json
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
from inform6_world import commands  # noqa: E402  (the same walkthrough text)

PROGRAM = '''
import sys
from adventurelib import Bag, Item, Room, say, start, when

ROOMS = {rooms!r}
ITEMS = {items!r}
GATES = {gates!r}
WIN = {win!r}

rooms = {{}}
for number, name, description in ROOMS:
    room = Room(description)
    room.name = name
    room.items = Bag()
    rooms[number] = room
for number, exits in {exits!r}:
    for direction, target in exits:
        setattr(rooms[number], direction, rooms[target])
things = {{}}
for ident, name, words, description, room in ITEMS:
    item = Item(name, *words)
    item.ident = ident
    item.description = description
    rooms[room].items.add(item)
    things[ident] = item
# gate number -> (room a, room b, direction a->b, key id); closed until unlocked
gates = {{number: (a, b, d, key) for number, a, b, d, key in GATES}}
opened = set()
current = rooms[1]
inventory = Bag()


def gate_at(room, direction):
    for number, (a, b, d, key) in gates.items():
        if (rooms[a] is room and d == direction) or (rooms[b] is room and Room._directions[d] == direction):
            return number
    return None


def describe(room):
    say(room.name)
    say(room.description)
    if room.items:
        say("You can see " + ", ".join(str(i) for i in sorted(room.items, key=str)) + " here.")


@when("north", direction="north")
@when("south", direction="south")
@when("east", direction="east")
@when("west", direction="west")
def go(direction):
    global current
    target = current.exit(direction)
    if target is None:
        say("You can't go that way.")
        return
    gate = gate_at(current, direction)
    if gate is not None and gate not in opened:
        say("The iron gate is locked.")
        return
    current = target
    describe(current)


@when("look")
def look():
    describe(current)


@when("inventory")
def show_inventory():
    say("You are carrying: " + ", ".join(str(i) for i in sorted(inventory, key=str)))


@when("take ITEM")
def take(item):
    obj = current.items.take(item)
    if obj is None:
        say("You can't see any such thing.")
        return
    inventory.add(obj)
    say("Taken.")
    if obj.ident == "crown":
        say(WIN)
        sys.exit(0)


@when("drop ITEM")
def drop(item):
    obj = inventory.take(item)
    if obj is None:
        say("You can't see any such thing.")
        return
    current.items.add(obj)
    say("Dropped.")


@when("examine ITEM")
def examine(item):
    obj = current.items.find(item) or inventory.find(item)
    say(obj.description if obj else "You can't see any such thing.")


@when("unlock iron gate with ITEM")
def unlock(item):
    key = inventory.find(item)
    for number, (a, b, d, needed) in gates.items():
        if rooms[a] is current and number not in opened:
            if key is None or key.ident != needed:
                say("You need the right key.")
                return
            inventory.take(item)
            opened.add(number)
            say("The key turns with a clank and the gate swings open. The key stays in the lock.")
            return
    say("You can't see any such thing.")


describe(current)
start(help=False)
'''


def render(w):
    rooms = [(r["number"], r["name"], r["description"]) for r in w["rooms"]]
    exits = [(r["number"], sorted(r["exits"].items())) for r in w["rooms"]]
    items = [(it["id"], it["name"], it["words"], it["description"], it["room"]) for it in w["items"]]
    gates = [(g["number"], g["a"], g["b"], g["dir_ab"], g["key"]) for g in w["gates"]]
    return PROGRAM.format(rooms=rooms, exits=exits, items=items, gates=gates, win=w["win_text"])


if __name__ == "__main__":
    world = json.load(open(sys.argv[1]))
    open(sys.argv[2], "w").write(render(world))
    open(sys.argv[3], "w").write(commands(world))
