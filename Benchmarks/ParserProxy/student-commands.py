"""Proxy measure (not blind) of misunderstood commands: student-style commands inserted into the
Elbe walkthrough. Usage: python3 student-commands.py BEFORE_BINARY AFTER_BINARY (run from anywhere;
the repository is the one holding this file, or $REPO)."""
import os, subprocess, sys, re
REPO = os.environ.get('REPO', os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
walk = [l[2:] for l in open(REPO + '/Tests/TranscriptTests/Walkthroughs/elbe-best.transcript').read().split('\n') if l.startswith('> ')]
inserts = {
 0: ["where am i","x me","who is brennan","talk to him","what do i have","what do i do","examine myself","hi","ask about the river","x radio","sit down","listen","sorry","look at self","wat","wait"],
 9: ["talk to her","show lotte chocolate","x girl","who is lotte","talk to them","ask about lotte","eat chocolate","what now","listen to lotte"],
 20: ["x soldiers","talk to them","look in box","search box","where can i go"],
 33: ["talk to him","listen to polowsky","x me","what do i do"],
 # The third blind play-test's phrasings (orders, ask forms, implied people, default verbs).
 11: ["ask marcel if he has seen a russian","whats his name","ask marcel his name"],
 12: ["ask kotzebue for the binoculars","kotzebue, lets go","shake his hand"],
 23: ["shake hands","give cigarettes to soldier","talk to soldier","hug"],
 37: ["x badge","play accordion","refuse drink","sit with polowsky","swap helmet"],
 51: ["look for the wounded americans","bail out the water"],
 54: ["shake hands with soviet soldier","listen to silvashko"],
}
subst = {"give chocolate to lotte": "give girl chocolate", "take green flare": "take flares", "fire green flare": "use green flare",
         "climb bank": "go up the bank", "ask titov to shout": "titov, shout in russian"}
cmds=[]; plain=[]; student=set()
for i,c in enumerate(walk[:60]):
    cmds += inserts.get(i, []); plain += inserts.get(i, []); student.update(inserts.get(i, []))
    cmds.append(subst.get(c, c)); plain.append(c)
    if c in subst: student.add(subst[c])
open('/tmp/elbe-parser-proxy-cmds.txt','w').write('\n'.join(cmds)+'\n')
open('/tmp/elbe-parser-proxy-plain.txt','w').write('\n'.join(plain)+'\n')
fail = re.compile(r"^(I don't know the word|I didn't understand|I understood|You can't see any such thing|I'm not sure what|That isn't possible|Try 'look'|What do you want to do with|There is no hint|You can't see how to use|Say whom|Commands start|You can't talk to)")
def run(binary, script):
    out = subprocess.run([binary,'play','--plain','--script',script,'--width','200'],capture_output=True,text=True,cwd=REPO).stdout
    res=[]
    for p in re.split(r'\n> ', out)[1:]:
        lines=[l for l in p.split('\n') if l.strip()]
        if not lines or lines[0] not in student: continue
        reply=lines[1] if len(lines)>1 else ''
        res.append((lines[0], reply, bool(fail.match(reply)) or "doesn't seem interested" in reply))
    return res
for name,b,script in [('before',sys.argv[1],'/tmp/elbe-parser-proxy-plain.txt'),('before, same script',sys.argv[1],'/tmp/elbe-parser-proxy-cmds.txt'),('after',sys.argv[2],'/tmp/elbe-parser-proxy-cmds.txt')]:
    r=run(b, script)
    bad=[x for x in r if x[2]]
    print(f"{name}: {len(bad)} of {len(r)} student commands misunderstood ({100*len(bad)/max(len(r),1):.1f}%)")
    for c,rep,_ in bad: print("   ", c, "->", rep[:100])
